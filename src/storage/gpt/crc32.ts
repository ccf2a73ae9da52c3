/**
 * CRC-32 (the polynomial of zip, PNG and Ethernet), the checksum of a model file: it catches a truncated or altered
 * download. Not a signature: anyone can recompute it, and it is not meant to stop them.
 */

let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  return table;
}

/** CRC-32 of `bytes`, as an unsigned 32-bit number. crc32(ASCII "123456789") = 0xcbf43926. */
export function crc32(bytes: Uint8Array): number {
  const lookup = crcTable();
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i += 1) crc = lookup[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
