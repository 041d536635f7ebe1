export * from './allowed-hosts';
export * from './apply-http-security';
export * from './json-content-type';
export { replyError, type Middleware } from './reply';
