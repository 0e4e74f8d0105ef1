// Run by IndependentCheckpointTests: checks a Keurmerk transparency checkpoint with jose (npm) and a stream's
// inclusion proof with Node's own SHA-256, following RFC 9162 section 2.1.3.2. Input: a JSON file; output: JSON.
import * as jose from 'jose';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const jwks = jose.createLocalJWKSet(input.jwks);
const options = { typ: 'keurmerk-checkpoint+jwt', algorithms: ['ES256'] };
const out = { refused: {} };

const checkpoint = await jose.jwtVerify(input.checkpoint, jwks, options);
out.header = checkpoint.protectedHeader;
out.payload = checkpoint.payload;

const sha256 = (...parts) => createHash('sha256').update(Buffer.concat(parts)).digest();
const { leaf, leafIndex, treeSize, auditPath } = input.proof;
let r = sha256(Buffer.from([0]), Buffer.from(`${leaf.streamId}\n${leaf.version}\n${leaf.headHash}`, 'utf8'));
let fn = BigInt(leafIndex);
let sn = BigInt(treeSize) - 1n;
let ok = fn <= sn;
for (const hex of auditPath) {
  const p = Buffer.from(hex, 'hex');
  if (sn === 0n) { ok = false; break; }
  if ((fn & 1n) === 1n || fn === sn) {
    r = sha256(Buffer.from([1]), p, r);
    while ((fn & 1n) === 0n && fn !== 0n) { fn >>= 1n; sn >>= 1n; }
  } else {
    r = sha256(Buffer.from([1]), r, p);
  }
  fn >>= 1n;
  sn >>= 1n;
}
out.proofVerifies = ok && sn === 0n && r.toString('hex') === checkpoint.payload.root;
out.computedRoot = r.toString('hex');

for (const [name, token] of Object.entries(input.refuse ?? {})) {
  try {
    await jose.jwtVerify(token, jwks, options);
    out.refused[name] = 'ACCEPTED';
  } catch (e) {
    out.refused[name] = e.code ?? e.message;
  }
}
console.log(JSON.stringify(out));
