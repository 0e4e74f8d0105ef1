// Run by IndependentVerifierTests: checks Keurmerk's credentials and status lists with jose (npm) and
// Node's own WebCrypto and zlib, then runs the offline page's script under Node. Input: a JSON file; output: JSON.
import * as jose from 'jose';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const now = new Date(input.now);
const options = { issuer: input.did, typ: 'vc+jwt', algorithms: ['ES256'], currentDate: now };
const out = { status: {}, refused: {} };

const jwks = jose.createLocalJWKSet(input.jwks);
const credential = await jose.jwtVerify(input.credential, jwks, options);
out.header = credential.protectedHeader;
out.payload = credential.payload;

// did:web: the verification method the kid names, resolved from did.json alone.
const method = input.didDocument.verificationMethod.find(m => m.id === credential.protectedHeader.kid);
out.didKeyVerifies = !!method && !!(await jose.compactVerify(input.credential, await jose.importJWK(method.publicKeyJwk, 'ES256')));

for (const entry of credential.payload.credentialStatus) {
  const list = await jose.jwtVerify(input.statusLists[entry.statusPurpose], jwks, options);
  const subject = list.payload.credentialSubject;
  const bits = gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url'));
  const i = Number(entry.statusListIndex);
  out.status[entry.statusPurpose] = {
    set: (bits[i >> 3] & (0x80 >> (i % 8))) !== 0,
    entries: bits.length * 8,
    ttl: subject.ttl,
    sameList: list.payload.id === entry.statusListCredential && subject.statusPurpose === entry.statusPurpose,
  };
}

for (const [name, token] of Object.entries(input.refuse ?? {})) {
  try {
    await jose.jwtVerify(token, jwks, options);
    out.refused[name] = 'ACCEPTED';
  } catch (e) {
    out.refused[name] = e.code ?? e.message;
  }
}

// The offline page's own checks, with Node's WebCrypto standing in for the browser's.
const require = createRequire(import.meta.url);
const { createVerifier } = require(input.pageScript);
out.page = [];
for (const c of input.pageCases ?? []) {
  const verifier = createVerifier(c.anchors, true);
  const bundle = await verifier.openBundle(c.bundle);
  out.page.push(bundle.outcome ? bundle : await verifier.verify(c.credential, bundle, new Date(c.now ?? input.now)));
}
console.log(JSON.stringify(out));
