/** The access contract's proto file under proto/ (governance serves it, every service calls it). */
export const ACCESS_PROTO = 'cairn/access/v1/access.proto';
