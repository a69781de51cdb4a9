import { expect } from '@open-wc/testing';
import { parseFields, signupData, validateSignup, EMPTY_VALUES } from '../../src/group-signup/fields.js';
import { availabilityOf, groupsFromElements, groupsFromJson, toGroup } from '../../src/group-signup/groups.js';

describe('groups as data', () => {
  it('reads <vt-group> children: attributes, name and description', () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <vt-group value="pori-1" starts="2027-02-03T17:00" meetings="6" location="Pori" capacity="8"
                seats-left="0" type="vertical" format="hybrid" audience="Esihenkilöt">
        Porin esihenkilöryhmä <p>Kuusi tapaamista keväällä.</p>
      </vt-group>
      <vt-group value="verkko" closed meetings="joka toinen tiistai" type="sideways">Verkkoryhmä</vt-group>
      <vt-group>No value</vt-group>`;
    const [pori, online, ...rest] = groupsFromElements(host);
    expect(rest).to.deep.equal([]);
    expect(pori).to.deep.equal({
      value: 'pori-1',
      name: 'Porin esihenkilöryhmä',
      description: 'Kuusi tapaamista keväällä.',
      starts: '2027-02-03T17:00',
      meetings: 6,
      location: 'Pori',
      capacity: 8,
      seatsLeft: 0,
      type: 'vertical',
      format: 'hybrid',
      audience: 'Esihenkilöt',
    });
    expect(availabilityOf(pori!)).to.equal('full');
    expect(online).to.deep.equal({ value: 'verkko', name: 'Verkkoryhmä', meetings: 'joka toinen tiistai', closed: true });
    expect(availabilityOf(online!)).to.equal('closed');
  });

  it('reads JSON from a server, as an array or under "groups", dropping what it does not know', () => {
    expect(groupsFromJson([{ value: 'a', name: 'A', seatsLeft: 2, script: 'x' }])).to.deep.equal([
      { value: 'a', name: 'A', seatsLeft: 2 },
    ]);
    expect(groupsFromJson({ groups: [{ value: 'b', name: 'B', 'seats-left': '1' }, { name: 'no value' }] })).to.deep.equal([
      { value: 'b', name: 'B', seatsLeft: 1 },
    ]);
    // The page editor's console says what shape was expected.
    expect(() => groupsFromJson({ nope: true })).to.throw(TypeError, 'expected an array of groups, or { "groups": [...] }');
    expect(toGroup('a string')).to.equal(undefined);
    expect(availabilityOf({ value: 'c', name: 'C' })).to.equal('open');
  });
});

describe('signup fields', () => {
  it('reads the fields attribute and reports unknown names', () => {
    expect(parseFields(null).fields).to.deep.equal(['role', 'organisation-type', 'future-contact']);
    expect(parseFields('')).to.deep.equal({ fields: [], unknown: [] });
    expect(parseFields('hopes, phone  fax')).to.deep.equal({ fields: ['phone', 'hopes'], unknown: ['fax'] });
  });

  it('validates what is shown, and counts how much too long a text is', () => {
    const values = { ...EMPTY_VALUES, name: ' ', email: 'aino@', hopes: 'x'.repeat(1003), phone: 'abc' };
    const problems = validateSignup(values, ['hopes'], true);
    expect(problems).to.deep.equal({
      group: { key: 'signup.error.group' },
      name: { key: 'signup.error.name' },
      email: { key: 'signup.error.emailFormat' },
      hopes: { key: 'signup.charactersOver', count: 3 },
      consent: { key: 'signup.error.consent' },
    });
    expect(validateSignup({ ...values, phone: 'abc' }, ['phone'], false).phone).to.deep.equal({ key: 'signup.error.phone' });
  });

  it('sends only the fields the page asked for, and only filled ones', () => {
    const values = {
      ...EMPTY_VALUES,
      group: 'a',
      name: ' Aino ',
      email: 'aino@example.fi',
      phone: '040 123',
      hopes: '',
      role: 'hr',
      consent: true,
      contactAboutFutureGroups: true,
    };
    expect(signupData(values, ['phone', 'hopes'], false)).to.deep.equal({
      group: 'a',
      waitingList: false,
      name: 'Aino',
      email: 'aino@example.fi',
      phone: '040 123',
      consent: true,
    });
    expect(signupData({ ...values, group: '' }, ['future-contact'], true)).to.include({
      group: 'any',
      waitingList: true,
      contactAboutFutureGroups: true,
    });
  });
});
