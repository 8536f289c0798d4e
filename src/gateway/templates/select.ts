/**
 * Which mapping template applies: by MIME type, parameters such as `; charset=UTF-8` ignored;
 * no header counts as application/json. A response template is chosen by the request's Accept;
 * when none has that type, the first one is used.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
export const DEFAULT_MIME = 'application/json';

/** The MIME type of a Content-Type / Accept value ("" or absent: application/json). */
export function mimeOf(header: string | undefined): string {
  const first = (header ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  return first === '' || first === '*/*' ? DEFAULT_MIME : first;
}

/** The key of the template for `mime` (case-insensitive), or null. */
export function templateKeyFor(templates: Record<string, unknown> | undefined, mime: string): string | null {
  if (!templates) return null;
  for (const k of Object.keys(templates)) if (k.toLowerCase() === mime) return k;
  return null;
}

/** Response templates: the one for Accept, else the first one; null when there are none. */
export function responseTemplateKey(templates: Record<string, unknown> | undefined, accept: string | undefined): string | null {
  if (!templates) return null;
  return templateKeyFor(templates, mimeOf(accept)) ?? Object.keys(templates)[0] ?? null;
}
