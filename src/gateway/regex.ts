/**
 * identityValidationExpression, matched in linear time. JavaScript's RegExp backtracks: a scenario
 * file with `^(a+)+$` froze `trace` for 84 s and the app with it. re2js (a pure-JS port of RE2)
 * never backtracks, at the price of no lookaround and no backreferences, which are refused when
 * the file is read. API Gateway matches the token against the expression before calling a TOKEN
 * authorizer: https://docs.aws.amazon.com/apigateway/latest/developerguide/configure-api-gateway-lambda-authorization-with-console.html
 */
import { RE2JS } from 're2js';

export interface TokenRegex {
  test(value: string): boolean;
}

/** Compiles `source` (throws with RE2's message when it cannot). `test` finds a match anywhere,
 * as RegExp.test does; anchor with ^ and $ to match the whole token. */
export function compileTokenRegex(source: string): TokenRegex {
  const re = RE2JS.compile(source);
  return { test: (value) => re.matcher(value).find() };
}

/** Why `source` is not an expression the simulator can match, or null when it is. */
export function tokenRegexError(source: string): string | null {
  try {
    RE2JS.compile(source);
    return null;
  } catch (e) {
    const why = (e as Error).message.replace(/^error parsing regexp: /, '');
    return `not a regular expression the simulator can match in linear time (${why}; lookaround and backreferences are not supported)`;
  }
}
