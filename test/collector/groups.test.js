// GET /api/groups: the configured groups with seats left from the stored signups.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { groupsFile, parseGroups } from '../../collector/groups.js';
import { signup, startTestCollector } from './helpers.js';

/** @param {Awaited<ReturnType<typeof startTestCollector>>} collector */
async function groups(collector) {
  const response = await fetch(`${collector.url}/api/groups`);
  assert.equal(response.status, 200);
  return Object.fromEntries((await response.json()).map((group) => [group.value, group]));
}

test('groups have the shape <vt-group-signup groups-src> reads, without the collector-only fields', async (t) => {
  const collector = await startTestCollector(t);
  const list = await groups(collector);
  assert.deepEqual(list.pori, {
    value: 'pori',
    name: 'Porin yksinyrittäjät',
    capacity: 3,
    type: 'horizontal',
    format: 'hybrid',
    seatsLeft: 3,
  });
  assert.equal(list.verkko.seatsLeft, 0, 'seats reserved elsewhere count as taken');
  assert.equal('reserved' in list.verkko, false);
  assert.equal('seatsLeft' in list.avoin, false, 'no capacity, no seat count');
});

test('seats left drop with each signup; waiting-list signups and erased ones take no seat', async (t) => {
  const collector = await startTestCollector(t);
  const first = signup({ email: 'eka@example.fi' });
  await collector.post(first);
  assert.equal((await groups(collector)).pori.seatsLeft, 2);
  await collector.post(first); // a replay is not a second signup
  assert.equal((await groups(collector)).pori.seatsLeft, 2);
  await collector.post(signup({ email: 'toka@example.fi' }));
  await collector.post(signup({ email: 'kolmas@example.fi' }));
  await collector.post(signup({ email: 'jonossa@example.fi', waitingList: true }));
  assert.equal((await groups(collector)).pori.seatsLeft, 0);
  await collector.storage.erase([first.id]);
  assert.equal((await groups(collector)).pori.seatsLeft, 1, 'an erased signup gives its seat back');
  const counts = await collector.storage.signupCounts();
  assert.deepEqual(counts.get('pori'), { seats: 2, waiting: 1 });
});

test('a signup to a group that filled up meanwhile joins its waiting list, and the answer says so', async (t) => {
  const collector = await startTestCollector(t);
  for (const email of ['eka@example.fi', 'toka@example.fi', 'kolmas@example.fi']) {
    const response = await collector.post(signup({ email }));
    assert.equal(response.status, 201);
    assert.equal((await response.json()).waitingList, undefined, 'a seat was free');
  }
  const late = signup({ email: 'myohassa@example.fi' });
  const response = await collector.post(late);
  assert.equal(response.status, 201, 'kept, not refused: nothing the person typed is lost');
  assert.equal((await response.json()).waitingList, true);
  const replay = await collector.post(late);
  assert.equal((await replay.json()).waitingList, true, 'a replay gets the same answer');
  const [stored] = await collector.storage.findForErasure({ id: late.id });
  assert.equal(stored.data.waitingList, true);
  assert.equal(stored.data.name, late.data.name);
  assert.deepEqual((await collector.storage.signupCounts()).get('pori'), { seats: 3, waiting: 1 });
  assert.equal((await groups(collector)).pori.seatsLeft, 0);
});

test('seats reserved elsewhere and a closed group send signups to the waiting list', async (t) => {
  const collector = await startTestCollector(t);
  const reservedFull = await collector.post(signup({ group: 'verkko', email: 'verkko@example.fi' }));
  assert.equal((await reservedFull.json()).waitingList, true);
  await writeFile(collector.groupsFile, JSON.stringify([{ value: 'pori', name: 'Pori', capacity: 3, closed: true }]));
  const closed = await collector.post(signup({ email: 'suljettu@example.fi' }));
  assert.equal((await closed.json()).waitingList, true);
  const unlimited = await collector.post(signup({ group: 'avoin', email: 'avoin@example.fi' }));
  assert.equal((await unlimited.json()).waitingList, undefined, 'no capacity: always a seat');
});

test('many people taking the last seats at once: never more signups with a seat than the group has', async (t) => {
  const collector = await startTestCollector(t);
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => collector.post(signup({ email: `henkilo${i}@example.fi` })).then((r) => r.json())),
  );
  assert.equal(answers.filter((answer) => answer.waitingList === true).length, 17);
  assert.deepEqual((await collector.storage.signupCounts()).get('pori'), { seats: 3, waiting: 17 });
});

test('an edited groups file is read again without a restart; a broken edit keeps the last good list', async (t) => {
  const collector = await startTestCollector(t);
  await writeFile(collector.groupsFile, JSON.stringify([{ value: 'uusi', name: 'Uusi ryhmä', capacity: 8 }]));
  assert.deepEqual(Object.keys(await groups(collector)), ['uusi']);
  await writeFile(collector.groupsFile, '{ "groups": [ ');
  assert.deepEqual(Object.keys(await groups(collector)), ['uusi']);
});

test('mistakes in the groups file are named', () => {
  assert.throws(() => parseGroups({ groups: [{ value: 'a', name: 'A', capasity: 8 }] }), /groups\[0\] has an unknown field "capasity"/);
  assert.throws(() => parseGroups([{ value: 'a', name: 'A' }, { value: 'a', name: 'B' }]), /used twice/);
  assert.throws(() => parseGroups([{ value: 'a', name: 'A', capacity: -1 }]), /capacity must be a whole number/);
  assert.throws(() => parseGroups([{ name: 'A' }]), /needs a "value"/);
  assert.throws(() => parseGroups({}), /expected an array/);
});

test('the collector does not start with a missing groups file', async (t) => {
  await assert.rejects(startTestCollector(t, { GROUPS_FILE: '/nonexistent/groups.json' }), /ENOENT|no such file/);
});

test('a groups file removed while running: the last good list is served, signups still work', async (t) => {
  const collector = await startTestCollector(t);
  const before = await groups(collector);
  await rm(collector.groupsFile);
  assert.deepEqual(await groups(collector), before);
  const response = await collector.post(signup({ email: 'poistettu@example.fi' }));
  assert.equal(response.status, 201);
  assert.equal((await groups(collector)).pori.seatsLeft, 2, 'seats still counted against the last good list');
  assert.equal((await collector.admin('/admin')).status, 200);
});

test('a missing or broken groups file is logged once, not on every request', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'vt-groups-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const file = join(dir, 'groups.json');
  await writeFile(file, JSON.stringify([{ value: 'a', name: 'A' }]));
  const warnings = [];
  const source = groupsFile(file, { warn: (message) => warnings.push(message) });
  assert.deepEqual(source.configured().map((group) => group.value), ['a']);
  await rm(file);
  for (let i = 0; i < 5; i += 1) assert.deepEqual(source.configured().map((group) => group.value), ['a']);
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /ENOENT|no such file/);
  assert.match(warnings[0], /still serving the previous version/);
  await writeFile(file, '{ "groups": [ ');
  for (let i = 0; i < 5; i += 1) assert.deepEqual(source.configured().map((group) => group.value), ['a']);
  assert.equal(warnings.length, 2, 'a broken edit: one more warning');
  await writeFile(file, JSON.stringify([{ value: 'b', name: 'B' }]));
  assert.deepEqual(source.configured().map((group) => group.value), ['b'], 'a good edit is taken again');
  await rm(file);
  source.configured();
  source.configured();
  assert.equal(warnings.length, 3, 'removed again after a good version: warned again, once');
});

test('a closed group is published closed with no seats left', async (t) => {
  const collector = await startTestCollector(t);
  await writeFile(collector.groupsFile, JSON.stringify([{ value: 'pori', name: 'Pori', capacity: 8, closed: true }, { value: 'auki', name: 'Auki', closed: true }]));
  const list = await groups(collector);
  assert.equal(list.pori.closed, true);
  assert.equal(list.pori.seatsLeft, 0);
  assert.equal(list.auki.seatsLeft, 0);
});
