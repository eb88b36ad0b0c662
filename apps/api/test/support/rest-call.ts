import { expect } from 'vitest';
import { bearer, type TestApp } from './test-app.js';

export type RestMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A REST answer: the status and the JSON body, typed as the test expects it. */
export interface RestAnswer<T> {
  status: number;
  body: T;
}

/** The REST error body; `details.fields` names each invalid field. */
export interface ErrorBody {
  error: { code: string; message: string; details: { fields?: { field: string; message: string }[] } };
}

/** The fields an error answer names, in its order. */
export const fieldsOf = (body: ErrorBody): string[] => (body.error.details.fields ?? []).map((f) => f.field);

export type RestCall = <T>(
  token: string,
  method: RestMethod,
  url: string,
  payload?: object,
) => Promise<RestAnswer<T>>;

export interface RestClient {
  /** One request to `/api/v1${url}` with the API key `token`. */
  call: RestCall;
  /** A POST that must answer 201 Created; the created record. */
  create: <T>(token: string, url: string, payload: object) => Promise<T>;
}

/**
 * REST calls on the app a test file creates in `beforeAll`; `testApp` is read at each call, so the
 * client can be made at module level: `const { call } = restClient(() => h);`.
 */
export function restClient(testApp: () => TestApp): RestClient {
  const call: RestCall = async <T>(token: string, method: RestMethod, url: string, payload?: object) => {
    const res = await testApp().app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(token),
      ...(payload ? { payload } : {}),
    });
    return { status: res.statusCode, body: res.json<T>() };
  };
  return {
    call,
    create: async <T>(token: string, url: string, payload: object): Promise<T> => {
      const res = await call<T>(token, 'POST', url, payload);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body;
    },
  };
}
