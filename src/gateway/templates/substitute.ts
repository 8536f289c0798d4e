/**
 * Gateway response templates: plain variable substitution, not VTL.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-gateway-responses.responseTemplates.html
 * Supported: $context.x.y, $stageVariables.x (also in ${...} form), $input.params('x') /
 * $input.params().header.get('x') style lookups of the method request are reduced to $input.params('x').
 */
import { contextValue, type RequestView } from './variables.js';

const VAR = /\$!?\{?(context|stageVariables)((?:\.[A-Za-z0-9_]+)+)\}?|\$input\.params\(\s*'([^']*)'\s*\)/g;

export function substitute(
  template: string,
  context: Record<string, unknown>,
  stageVariables: Record<string, string>,
  req: RequestView,
): string {
  return template.replace(VAR, (_m, root: string | undefined, dotted: string | undefined, param: string | undefined) => {
    if (param !== undefined) return req.pathParams[param] ?? req.query[param] ?? req.headers[param.toLowerCase()] ?? '';
    const path = dotted!.slice(1);
    if (root === 'stageVariables') return stageVariables[path] ?? '';
    return contextValue(context, path) ?? '';
  });
}
