/** gatewayResponse(): the default answer is shared, but a custom message or the capital "Message" key always gets its own body. */
import { describe, expect, it } from 'vitest';
import { gatewayResponse, RESPONSE_TYPES } from '../../src/gateway/responses.js';

describe('gatewayResponse bodies', () => {
  it('after the default is built, a custom message and the Message key still show', () => {
    const { BAD_REQUEST_PARAMETERS, ACCESS_DENIED, AUTHORIZER_CONFIGURATION_ERROR } = RESPONSE_TYPES;
    expect(gatewayResponse(BAD_REQUEST_PARAMETERS)).toEqual({ status: 400, headers: { 'content-type': 'application/json', 'x-amzn-ErrorType': 'BadRequestException' }, body: '{"message":"Missing required request parameters: []"}' });
    expect(gatewayResponse(BAD_REQUEST_PARAMETERS, 'Missing required request parameters: [a]').body).toBe('{"message":"Missing required request parameters: [a]"}');
    expect(gatewayResponse(ACCESS_DENIED).body).toBe('{"message":"User is not authorized to access this resource"}');
    expect(gatewayResponse(ACCESS_DENIED, ACCESS_DENIED.message, 'Message').body).toBe('{"Message":"User is not authorized to access this resource"}');
    expect(gatewayResponse(AUTHORIZER_CONFIGURATION_ERROR).body).toBe('{"message":null}');
    expect(gatewayResponse(AUTHORIZER_CONFIGURATION_ERROR, 'x').body).toBe('{"message":"x"}');
  });
});
