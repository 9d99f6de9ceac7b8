// The Node built-ins the Worker imports, as workerd provides them under `nodejs_compat`: declared
// one by one rather than through @types/node, which would also type APIs workerd does not have.
declare module "node:zlib" {
  /** CRC-32 of `data`, continuing from `value` (0 to start). */
  export function crc32(data: Uint8Array | string, value?: number): number;
}
