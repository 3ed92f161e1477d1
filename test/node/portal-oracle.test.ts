// No oracle: a wrong login costs the same whether the name is unknown, or exists with temporary passwords
// pending. A benchmark-style check with interleaved samples: it prints the median ratio of neighbouring
// samples and asserts that it is near 1 (within 0.8–1.25), not any absolute time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TestPortalClient, usePortalServer, waitForMail } from './helpers/portal-server.js';

// A cost at which hashing, not HTTP, dominates a login's time (16 MiB, tens of milliseconds per derivation).
const portal = usePortalServer({ trustProxy: '127.0.0.1' }, { scryptCost: 2 ** 14 });

/** Every request from an address of its own, so that no per-source delay gets in the way of the samples. */
let address = 0;
const fromNewSource = () => ({ 'x-forwarded-for': `10.20.${Math.floor(++address / 250)}.${(address % 250) + 1}` });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function wrongLogin(username: string): Promise<number> {
  const client = new TestPortalClient(portal.server.url);
  await client.request('GET', '/api/csrf-token');
  const start = process.hrtime.bigint();
  const { status } = await client.json(
    'POST',
    '/api/auth/login',
    { username, password: 'Falsch.Geraten-1' },
    fromNewSource(),
  );
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  assert.equal(status, 401);
  return elapsed;
}

test('a wrong login takes as long for an unknown name as for a user with temporary passwords pending', async () => {
  // The seeded MyPortal users, each with a temporary password pending (it dies after five wrong tries, so
  // each is tried four times).
  const users = ['julia.schneider', 'tobias.wagner', 'anna.berger'];
  const client = new TestPortalClient(portal.server.url);
  for (const username of users) {
    const { status } = await client.json('POST', '/api/auth/temporary-password', { username }, fromNewSource());
    assert.equal(status, 202);
    await waitForMail(client, (m) => m.data.kind === 'temporary-password' && m.data.username === username);
  }
  // Warm-up: the first requests of a fresh server pay for compiling and connecting.
  await wrongLogin('niemand.hier');
  await wrongLogin('niemand.hier');

  const pending: number[] = [];
  const unknown: number[] = [];
  for (let round = 0; round < 4; round++) {
    for (const username of users) {
      // Interleaved, the order alternating, so that a slow phase of the machine hits both sides alike.
      const first = round % 2 === 0;
      if (first) pending.push(await wrongLogin(username));
      unknown.push(await wrongLogin(`niemand.${round}.${username}`));
      if (!first) pending.push(await wrongLogin(username));
    }
  }
  // The median of the ratios of neighbouring samples: a slow phase of a shared machine slows both of a pair.
  const ratio = median(pending.map((time, i) => time / unknown[i]));
  console.log(
    `login timing: pending temporary password ${median(pending).toFixed(1)} ms, unknown name ${median(unknown).toFixed(1)} ms (median of ${pending.length} each), median ratio of neighbouring samples ${ratio.toFixed(2)}`,
  );
  assert.ok(ratio >= 0.8 && ratio <= 1.25, `the logins differ by the factor ${ratio.toFixed(2)}`);
  const left = await portal.server.app.store.temporaryPasswords.list(
    (await portal.server.app.store.users.byName('anna.berger', 'user'))!.id,
  );
  assert.equal(left.length, 1, 'the samples were not taken with a temporary password pending');
});
