// Sends generated requests, most of them malformed on purpose, to every JSON route and form of a
// running service and counts the answers: any 5xx is a failure (bench/fuzz.sh also counts stack
// traces in the service's log). Node 20, no packages. Not a test: a drill, with its figures in SECURITY.md.
//
// Usage: node bench/fuzz.mjs base-url adviser-cookie admin-cookie [requests] [concurrency] [seed]
import http from 'node:http';
import zlib from 'node:zlib';

const [base, adviserCookie, adminCookie, total = '100000', concurrency = '8', seedArg = '16'] = process.argv.slice(2);
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });

// A small seeded generator, so a run can be repeated exactly.
let seed = Number(seedArg) >>> 0 || 1;
const random = () => {
  seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
  return seed / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];

function send(method, path, headers, body) {
  return new Promise((resolve) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path, headers, agent }, (response) => {
      let text = '';
      response.setEncoding('latin1');
      response.on('data', (chunk) => { if (text.length < 4096) text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: text }));
    });
    request.on('error', (error) => resolve({ status: 0, error: error.code || String(error) }));
    request.setTimeout(60000, () => request.destroy(new Error('timeout')));
    if (body !== undefined) request.write(body);
    request.end();
  });
}

const formType = { 'Content-Type': 'application/x-www-form-urlencoded' };
const jsonType = { 'Content-Type': 'application/json' };
const cookieOf = (response, name) => (response.headers['set-cookie'] || []).map((c) => c.split(';')[0])
  .find((c) => c.startsWith(name + '=') && c.length > name.length + 1);
const csrfIn = (html) => (/name="csrf" value="([^"]+)"/.exec(html) || [])[1];
// encodeURIComponent refuses half a surrogate pair: such a one goes as the bytes Node makes of it (U+FFFD)
const encode = (text) => [...Buffer.from(String(text), 'utf8')]
  .map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) && b < 128 ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0')))
  .join('');
const form = (fields) => Object.entries(fields).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');

// What a real client would send, before it is spoilt.
const HOUSEHOLD = {
  people: [{ id: 'claimant', role: 'CLAIMANT', name: 'Sam Example', dateOfBirth: '1990-05-01',
    earnings: [{ kind: 'EMPLOYED', frequency: 'MONTHLY', gross: 1400.0, takeHome: 1210.55 }] },
  { id: 'child1', role: 'CHILD', name: 'Ali Khan', dateOfBirth: '2019-02-02' }],
  housing: { tenure: 'SOCIAL_RENT', rent: 525.0, rentFrequency: 'MONTHLY', council: 'Luton', councilTax: 1650 },
  capital: [{ type: 'SAVINGS', amount: 1200.5 }],
};
const SWEEP = { person: 'claimant', fromHours: 0, toHours: 10, stepHours: 5 };

// Characters and bytes nobody should be able to store, and some that must keep working.
const BAD_TEXT = ['\u0000', '\u0007', '\r\n', '\n', '\t', '\u007f', '\u0085', '\u202e', '\u202a', '\u2066', '\u2069', '\u200b',
  '\ufeff', '\ufffe', '\uffff', '\ufdd0', '\ud800', '\udc00', '\ufffd', '\u2028', 'علی\u200cرضا', 'Zażółć', '😀'];
const BAD_JSON_ESCAPES = ['\\u0000', '\\u0007', '\\ud800', '\\udfff', '\\ufffe', '\\u202e', '\\u0000\\u0000', '\\'];
const BAD_BYTES = [[0xff], [0xfe], [0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x80], [0x00]];
const BAD_PERCENT = ['%', '%Z', '%ZZ', '%F', '%FF', '%00', '%C0%AF', '%ED%A0%80', '%E2%80%AE', '%EF%BF%BE', '%07', '%0D%0A', '%u0041',
  '%%', '+', '%2B', '%25', '&&&', '=', '==='];

function mutateValue(value) {
  const text = String(value);
  const at = Math.floor(random() * (text.length + 1));
  return text.slice(0, at) + pick(BAD_TEXT) + text.slice(at);
}

// Puts a bad character into one string (or a string where a number was) somewhere in the object.
function mutateObject(object) {
  const copy = structuredClone(object);
  const paths = [];
  const walk = (node, path) => {
    if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        paths.push([...path, key]);
        walk(node[key], [...path, key]);
      }
    }
  };
  walk(copy, []);
  if (paths.length === 0) return { [mutateValue('field')]: mutateValue('value') };
  const path = pick(paths);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const key = path[path.length - 1];
  const roll = random();
  if (roll < 0.7) parent[key] = mutateValue(parent[key]);
  else if (roll < 0.8) parent[mutateValue(key)] = parent[key];
  else if (roll < 0.9) parent[key] = Array.from({ length: Math.floor(random() * 400) }, () => parent[key]);
  else parent[key] = null;
  return copy;
}

function jsonBody(object) {
  const roll = random();
  if (roll < 0.05) return Buffer.from(JSON.stringify(object));
  if (roll < 0.55) return Buffer.from(JSON.stringify(mutateObject(object)));
  const text = JSON.stringify(object);
  const at = Math.floor(random() * text.length);
  if (roll < 0.75) {
    // an escape inside a string value: "\u0000", a lone surrogate, a broken escape
    const quote = text.indexOf('":"', at);
    const where = quote < 0 ? at : quote + 3;
    return Buffer.from(text.slice(0, where) + pick(BAD_JSON_ESCAPES) + text.slice(where));
  }
  if (roll < 0.9) return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(pick(BAD_BYTES)), Buffer.from(text.slice(at))]);
  if (roll < 0.95) return Buffer.from(text.slice(0, at));
  return Buffer.from('['.repeat(1 + Math.floor(random() * 3000)));
}

function formBody(fields) {
  const roll = random();
  if (roll < 0.05) return Buffer.from(form(fields));
  const keys = Object.keys(fields);
  const key = keys.length ? pick(keys) : 'x';
  if (roll < 0.45) return Buffer.from(form({ ...fields, [key]: mutateValue(fields[key] ?? '') }));
  const encoded = form(fields);
  const at = Math.floor(random() * (encoded.length + 1));
  if (roll < 0.8) return Buffer.from(encoded.slice(0, at) + pick(BAD_PERCENT) + encoded.slice(at));
  if (roll < 0.95) return Buffer.concat([Buffer.from(encoded.slice(0, at)), Buffer.from(pick(BAD_BYTES)), Buffer.from(encoded.slice(at))]);
  return Buffer.from(form({ ...fields, [key]: 'x'.repeat(1 + Math.floor(random() * 300000)) }));
}

// Spoils the envelope now and then: no or the wrong Content-Type, a Content-Encoding the body is
// not, an address with bad escapes, or a method the route does not take.
function envelope(route, body) {
  let headers = { ...route.headers };
  let { method, path } = route;
  const roll = random();
  if (roll < 0.04) delete headers['Content-Type'];
  else if (roll < 0.08) headers['Content-Type'] = headers['Content-Type'] === jsonType['Content-Type'] ? formType['Content-Type'] : jsonType['Content-Type'];
  else if (roll < 0.14) headers['Content-Encoding'] = pick(['gzip', 'deflate', 'snappy', 'x-snappy-framed', 'br', 'zstd']);
  else if (roll < 0.16 && body) { headers['Content-Encoding'] = 'gzip'; body = zlib.gzipSync(body); }
  else if (roll < 0.22) path += (path.includes('?') ? '&' : '?') + pick(['lang', 'date', 'reference', 'x']) + '=' + pick(BAD_PERCENT);
  else if (roll < 0.24) path += (path.includes('?') ? '&' : '?') + 'q=' + 'a'.repeat(10000);
  else if (roll < 0.27) method = pick(['PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'GET']);
  else if (roll < 0.29) path = path.replace(/\/[^/?]*$/, '/' + pick(BAD_PERCENT));
  if (method === 'GET' || method === 'TRACE') body = undefined;
  return { method, path, headers, body };
}

async function main() {
  // Fixtures: a household, a kiosk session, the staff pages' form token, the sign-in form's.
  const created = await send('POST', '/api/v1/households', { ...jsonType, Cookie: adviserCookie }, JSON.stringify(HOUSEHOLD));
  if (created.status !== 201) throw new Error('could not create a household: ' + created.status + ' ' + created.body);
  const reference = JSON.parse(created.body).reference;
  const staffCsrf = csrfIn((await send('GET', '/staff', { Cookie: adviserCookie })).body);
  const adminCsrf = csrfIn((await send('GET', '/staff', { Cookie: adminCookie })).body);
  const signInPage = await send('GET', '/staff/sign-in', {});
  const signInCookie = cookieOf(signInPage, 'staff-sign-in');
  const signInCsrf = csrfIn(signInPage.body);
  const kioskStart = await send('POST', '/kiosk/start', formType, 'lang=en');
  const kioskCookie = cookieOf(kioskStart, 'kiosk');
  const kioskCsrf = csrfIn((await send('GET', '/kiosk/questions/date-of-birth', { Cookie: kioskCookie })).body);
  if (!staffCsrf || !adminCsrf || !signInCsrf || !kioskCsrf) throw new Error('could not read the form tokens');

  const adviser = { Cookie: adviserCookie };
  const json = (method, path, object) => ({ method, path, headers: { ...jsonType, ...adviser }, make: () => jsonBody(object) });
  const staffForm = (path, fields, cookie = adviser, csrf = staffCsrf) =>
    ({ method: 'POST', path, headers: { ...formType, ...cookie }, make: () => formBody({ csrf, ...fields }) });
  const kiosk = (path, fields) => ({ method: 'POST', path, headers: { ...formType, Cookie: kioskCookie },
    make: () => formBody({ csrf: kioskCsrf, ...fields }) });
  const h = `/staff/households/${reference}`;
  const routes = [
    json('POST', '/api/v1/households', HOUSEHOLD),
    json('PUT', `/api/v1/households/${reference}`, { version: 1, household: HOUSEHOLD }),
    json('POST', '/api/v1/assessments?date=2026-05-01', HOUSEHOLD),
    json('POST', `/api/v1/households/${reference}/assessments?date=2026-05-01`, {}),
    json('POST', '/api/v1/better-off?date=2026-05-01', { household: HOUSEHOLD, sweep: SWEEP }),
    json('POST', '/api/v1/better-off/chart?date=2026-05-01', { household: HOUSEHOLD, sweep: SWEEP }),
    json('POST', `/api/v1/households/${reference}/better-off?date=2026-05-01`, SWEEP),
    json('POST', `/api/v1/households/${reference}/better-off/chart?date=2026-05-01`, SWEEP),
    json('POST', '/api/v1/exchange/shares/00000000-0000-0000-0000-000000000000/acknowledge', {}),
    { method: 'GET', path: `/api/v1/households?reference=${reference}&reference=K7M-P3Q-XRT`, headers: adviser, make: () => undefined },
    { method: 'POST', path: '/staff/sign-in', headers: { ...formType, Cookie: signInCookie },
      make: () => formBody({ csrf: signInCsrf, username: 'nobody-here', password: 'not the password' }) },
    staffForm('/staff/households', { name: 'Sam Example', 'dob-day': '1', 'dob-month': '5', 'dob-year': '1990' }),
    staffForm('/staff/households', { nino: 'QQ123456C' }),
    staffForm(`${h}/record`, { version: '1', mode: 'change', facts: 'people-0-name', 'people-0-name': 'Sam Example' }),
    staffForm(`${h}/assess`, {}),
    staffForm(`${h}/consent`, { agency: 'council', purpose: 'deciding-claims', given: 'in-person', by: 'Sam Example' }),
    staffForm(`${h}/share/council`, { basis: 'ctr-wra-2012-s131' }),
    staffForm('/staff/inbox/00000000-0000-0000-0000-000000000000/return', { what: 'A payslip\r\nand a tenancy' }),
    // never the real token for sign-out or account changes: the run must keep its own sign-in
    staffForm('/staff/sign-out', {}, adviser, 'not-the-token'),
    staffForm('/staff/accounts/new', { username: 'fuzz-user', displayName: 'Fuzz User', role: 'ADVISER',
      password: 'a long enough fuzz password' }, { Cookie: adminCookie }, adminCsrf),
    kiosk('/kiosk/start', { lang: 'pl' }),
    kiosk('/kiosk/questions/date-of-birth', { 'date-of-birth-day': '1', 'date-of-birth-month': '5', 'date-of-birth-year': '1990' }),
    kiosk('/kiosk/questions/council', { council: 'Luton' }),
    kiosk('/kiosk/questions/rent', { 'rent-amount': '600', 'rent-frequency': 'MONTHLY' }),
    kiosk('/kiosk/questions/partner', { partner: 'no' }),
    kiosk('/kiosk/check', {}),
    kiosk('/kiosk/keep-alive', {}),
    { method: 'POST', path: '/kiosk/finish', headers: formType, make: () => formBody({ csrf: 'x', lang: 'ur' }) },
  ];

  const statuses = new Map();
  const failures = [];
  let sent = 0;
  const started = Date.now();
  async function worker() {
    while (sent < Number(total)) {
      sent++;
      const route = pick(routes);
      const request = envelope(route, route.make());
      if (request.body === undefined) delete request.headers['Content-Type'];
      const response = await send(request.method, request.path, request.headers, request.body);
      const key = response.status === 0 ? 'error ' + response.error : String(response.status);
      statuses.set(key, (statuses.get(key) || 0) + 1);
      if ((response.status >= 500 || response.status === 0) && failures.length < 20) {
        failures.push(`${response.status || response.error} ${request.method} ${request.path.slice(0, 120)}: ${(response.body || '').slice(0, 200)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  const seconds = (Date.now() - started) / 1000;
  const fiveHundreds = [...statuses].filter(([k]) => k.startsWith('5')).reduce((n, [, v]) => n + v, 0);
  const errors = [...statuses].filter(([k]) => k.startsWith('error')).reduce((n, [, v]) => n + v, 0);
  console.log(`requests: ${sent} over ${routes.length} routes in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(0)}/s)`);
  console.log('statuses: ' + [...statuses].sort().map(([k, v]) => `${k}=${v}`).join(' '));
  console.log(`5xx: ${fiveHundreds}; connection errors: ${errors}`);
  failures.forEach((f) => console.log('  ' + f));
  agent.destroy();
  process.exitCode = fiveHundreds > 0 ? 1 : 0;
}

main().catch((error) => { console.error(error); process.exitCode = 2; });
