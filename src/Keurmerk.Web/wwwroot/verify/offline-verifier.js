// Offline verifier for Keurmerk credentials (vc+jwt, ES256) with the browser's WebCrypto.
// It mirrors Infrastructure/Credentials/CredentialVerifier.cs: a bundle is trusted only when signed by a key
// this page was served with; a credential only when signed by a key the bundle publishes for a trusted
// issuer, within that key's period; its status comes from the bundle's signed status lists.
// Under Node (the test suite) the same checks are exported as createVerifier; in a browser the page wires them up.
(function () {
  'use strict';
function createVerifier(anchors, en) {
  var T = function (nl, english) { return en ? english : nl; };

  var te = new TextEncoder();
  var td = new TextDecoder();
  function b64u(text) {
    var s = text.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) s += '=';
    var bin = atob(s);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }
  function parseJws(token) {
    var parts = String(token).trim().split('.');
    if (parts.length !== 3 || parts.some(function (p) { return !p; })) return null;
    try {
      var header = JSON.parse(td.decode(b64u(parts[0])));
      var payload = JSON.parse(td.decode(b64u(parts[1])));
      if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') return null;
      return { token: String(token).trim(), parts: parts, header: header, payload: payload, kid: String(header.kid || ''),
               owner: String(header.kid || '').split('#')[0], iat: typeof payload.iat === 'number' ? new Date(payload.iat * 1000) : null };
    } catch (e) { return null; }
  }
  async function signatureHolds(jws, jwk, typ) {
    if (jws.header.alg !== 'ES256' || jws.header.typ !== typ) return false;
    if (!jwk || jwk.kty !== 'EC' || jwk.crv !== 'P-256') return false;
    try {
      var key = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true },
        { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
      return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, b64u(jws.parts[2]),
        te.encode(jws.parts[0] + '.' + jws.parts[1]));
    } catch (e) { return false; }
  }
  function moment(text) { var d = typeof text === 'string' ? new Date(text) : null; return d && !isNaN(d) ? d : null; }
  function activeAt(jwk, when) {
    var from = moment(jwk.validFrom), until = moment(jwk.validUntil);
    return !!from && !!when && when >= from && (!until || when < until);
  }
  function iso(d) { return d.toISOString().replace(/\.\d{3}Z$/, 'Z'); }
  async function gunzip(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  function unwrap(text) {
    text = String(text).trim();
    if (text.charAt(0) !== '{') return text;
    try {
      var id = JSON.parse(text).id || '';
      var prefix = 'data:application/vc+jwt,';
      return id.indexOf(prefix) === 0 ? id.slice(prefix.length) : '';
    } catch (e) { return ''; }
  }
  function result(outcome, message, asOf) { return { outcome: outcome, message: message, asOf: asOf || null }; }

  async function openBundle(text) {
    var jws = parseJws(text);
    if (!jws || jws.header.typ !== 'keurmerk-bundle+jwt') return result('malformed', T('Dit is geen verificatiebundel.', 'This is not a verification bundle.'));
    var anchor = anchors.find(function (k) { return k.kid === jws.kid; });
    if (!anchor) return result('bundle-not-trusted', T('De bundel is ondertekend met een sleutel die deze pagina niet vertrouwt.', 'The bundle is signed by a key this page does not trust.'));
    if (!(await signatureHolds(jws, anchor, 'keurmerk-bundle+jwt')))
      return result('bundle-not-trusted', T('De handtekening van de bundel klopt niet: gewijzigd of door iemand anders ondertekend.', "The bundle's signature does not hold: changed or signed by someone else."));
    if (!activeAt(anchor, jws.iat))
      return result('bundle-not-trusted', T('De bundel is ondertekend met een sleutel buiten de periode waarin die sleutel gold.', 'The bundle was signed with a key outside its period of use.'));
    var p = jws.payload;
    var issuers = Array.isArray(p.trustedIssuers) ? p.trustedIssuers.filter(function (i) { return typeof i === 'string'; }) : [];
    if (!issuers.length) return result('malformed', T('De bundel noemt geen vertrouwde uitgever.', 'The bundle names no trusted issuer.'));
    return { issuedAt: jws.iat, ttl: typeof p.ttl === 'number' ? p.ttl : 0, issuers: issuers,
             keys: Array.isArray(p.keys) ? p.keys : [], lists: (Array.isArray(p.statusLists) ? p.statusLists : []).map(parseJws).filter(Boolean) };
  }

  async function checkSigned(jws, b, what) {
    if (jws.header.typ !== 'vc+jwt' || jws.header.alg !== 'ES256') return result('malformed', what + T(' is geen vc+jwt met ES256.', ' is not a vc+jwt signed with ES256.'));
    var issuer = jws.payload.issuer && typeof jws.payload.issuer === 'object' ? jws.payload.issuer.id : jws.payload.issuer;
    if (typeof issuer !== 'string' || b.issuers.indexOf(issuer) < 0 || jws.owner !== issuer)
      return result('not-trusted', what + T(' is niet ondertekend door een vertrouwde uitgever.', ' is not signed by a trusted issuer.'));
    var jwk = b.keys.find(function (k) { return k.kid === jws.kid; });
    if (!jwk) return result('not-trusted', what + T(' is ondertekend met een onbekende sleutel.', ' is signed by a key the issuer does not publish.'));
    if (!(await signatureHolds(jws, jwk, 'vc+jwt')))
      return result('signature-invalid', what + T(': de handtekening klopt niet, het is na ondertekening gewijzigd.', ': the signature does not hold, it was changed after signing.'));
    if (!activeAt(jwk, jws.iat))
      return result('key-outside-period', what + T(' is ondertekend met een sleutel buiten de periode waarin die gold.', ' was signed with a key outside its period of use.'));
    return null;
  }

  async function verify(text, b, now) {
    var c = parseJws(unwrap(text));
    if (!c) return result('malformed', T('Dit is geen ondertekend keurmerk (vc+jwt of JSON).', 'This is not a signed credential (vc+jwt or JSON).'));
    var refusal = await checkSigned(c, b, T('Het keurmerk', 'The credential'));
    if (refusal) return refusal;
    var asOf = b.issuedAt, stale = now > new Date(b.issuedAt.getTime() + b.ttl * 1000), revoked = false, suspended = false;
    var entries = Array.isArray(c.payload.credentialStatus) ? c.payload.credentialStatus : [];
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      var index = /^\d+$/.test(entry.statusListIndex) ? parseInt(entry.statusListIndex, 10) : -1;
      if (index < 0) return result('malformed', T('Het keurmerk heeft geen geldige statusindex.', 'The credential has no valid status index.'));
      var list = b.lists.find(function (l) { return l.payload.id === entry.statusListCredential; });
      if (!list) return result('status-unavailable', T('De bundel bevat de statuslijst niet.', 'The bundle lacks the status list.'));
      var listRefusal = await checkSigned(list, b, T('De statuslijst', 'The status list'));
      if (listRefusal) return result('status-unavailable', listRefusal.message);
      var subject = list.payload.credentialSubject || {};
      if (subject.statusPurpose !== entry.statusPurpose || typeof subject.encodedList !== 'string' || subject.encodedList.charAt(0) !== 'u')
        return result('status-unavailable', T('De statuslijst is niet leesbaar.', 'The status list cannot be read.'));
      var bits;
      try { bits = await gunzip(b64u(subject.encodedList.slice(1))); } catch (e) { return result('status-unavailable', T('De statuslijst is niet leesbaar.', 'The status list cannot be read.')); }
      var listUntil = moment(list.payload.validUntil), listFrom = moment(list.payload.validFrom);
      if (!listUntil || now > listUntil) stale = true;
      if (listFrom && listFrom < asOf) asOf = listFrom;
      var set = index < bits.length * 8 && (bits[index >> 3] & (0x80 >> (index % 8))) !== 0;
      if (entry.statusPurpose === 'revocation' && set) revoked = true;
      if (entry.statusPurpose === 'suspension' && set) suspended = true;
    }
    var name = c.payload.name || T('Het keurmerk', 'The credential');
    var from = moment(c.payload.validFrom), until = moment(c.payload.validUntil);
    if (revoked) return result('revoked', name + T(' is ingetrokken.', ' has been revoked.'), asOf);
    if (until && now > until) return result('expired', name + T(' is verlopen op ', ' expired on ') + iso(until) + '.');
    if (from && now < from) return result('not-yet-valid', name + T(' is pas geldig vanaf ', ' is valid only from ') + iso(from) + '.');
    if (suspended) return result('suspended', name + T(' is geschorst.', ' is suspended.'), asOf);
    if (stale) return result('status-out-of-date', name + T(' is echt, maar de bundel is te oud om te zeggen of het nog geldig is: download een nieuwe bundel.',
      ' is genuine, but the bundle is too old to say whether it is still valid: download a new bundle.'), asOf);
    return result('valid', name + T(' is geldig, uitgegeven door ', ' is valid, issued by ') + b.issuers[0] + '.', asOf);
  }

  return { openBundle: openBundle, verify: verify };
}

  if (typeof document === 'undefined') { module.exports = { createVerifier: createVerifier }; return; }
  var root = document.getElementById('verifier');
  if (!root) return;
  var en = root.getAttribute('data-lang') === 'en';
  var T = function (nl, english) { return en ? english : nl; };
  var verifier = createVerifier(JSON.parse(root.getAttribute('data-trusted-keys') || '{"keys":[]}').keys || [], en);
  var bundle = null;
  function iso(d) { return d.toISOString().replace(/\.\d{3}Z$/, 'Z'); }
  function result(outcome, message) { return { outcome: outcome, message: message, asOf: null }; }
  var labels = {
    'valid': T('GELDIG', 'VALID'), 'suspended': T('GESCHORST', 'SUSPENDED'), 'revoked': T('INGETROKKEN', 'REVOKED'),
    'expired': T('VERLOPEN', 'EXPIRED'), 'not-yet-valid': T('NOG NIET GELDIG', 'NOT YET VALID'),
    'not-trusted': T('NIET ONDERTEKEND DOOR EEN VERTROUWDE UITGEVER', 'NOT SIGNED BY A TRUSTED ISSUER'),
    'signature-invalid': T('ONGELDIGE HANDTEKENING', 'SIGNATURE INVALID'), 'key-outside-period': T('SLEUTEL BUITEN ZIJN PERIODE', 'KEY USED OUTSIDE ITS PERIOD'),
    'status-out-of-date': T('BUNDEL TE OUD', 'BUNDLE TOO OLD'), 'bundle-not-trusted': T('BUNDEL NIET VERTROUWD', 'BUNDLE NOT TRUSTED'),
    'status-unavailable': T('STATUS ONBEKEND', 'STATUS UNKNOWN'), 'malformed': T('ONLEESBAAR', 'UNREADABLE')
  };
  function show(element, r) {
    element.textContent = (labels[r.outcome] || r.outcome) + ': ' + r.message + (r.asOf ? T(' (status per ', ' (status as of ') + iso(r.asOf) + ')' : '');
    element.setAttribute('data-outcome', r.outcome);
  }
  async function readFile(input) { return input.files && input.files[0] ? (await input.files[0].text()).slice(0, 1048576) : ''; }

  var bundleStatus = document.getElementById('bundle-status');
  var resultBox = document.getElementById('result');
  var text = document.getElementById('credential-text');
  document.getElementById('bundle-file').addEventListener('change', async function (e) {
    var opened = await verifier.openBundle(await readFile(e.target));
    if (opened.outcome) { bundle = null; show(bundleStatus, opened); return; }
    bundle = opened;
    bundleStatus.textContent = T('Bundel geladen, gemaakt op ', 'Bundle loaded, made at ') + iso(opened.issuedAt) + T(', geldig tot ', ', to be relied on until ') + iso(new Date(opened.issuedAt.getTime() + opened.ttl * 1000)) + '.';
    bundleStatus.setAttribute('data-outcome', 'loaded');
  });
  document.getElementById('credential-file').addEventListener('change', async function (e) { text.value = await readFile(e.target); run(); });
  root.addEventListener('dragover', function (e) { e.preventDefault(); });
  root.addEventListener('drop', async function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files[0]) { text.value = (await e.dataTransfer.files[0].text()).slice(0, 1048576); run(); }
  });
  document.getElementById('verify').addEventListener('click', run);
  async function run() {
    if (!bundle) { show(resultBox, result('status-unavailable', T('Laad eerst een verificatiebundel.', 'Load a verification bundle first.'))); return; }
    show(resultBox, await verifier.verify(text.value, bundle, new Date()));
  }
})();
