export { getApi } from './get-api';
export { createHttpApi, readToken } from './http-bridge';
