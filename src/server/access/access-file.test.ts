import { describe, expect, it } from 'vitest';
import { AccessFileError, parseAccessFile } from './access-file';
import { unitsOf } from './access-rules';

const rules = parseAccessFile(
  JSON.stringify({
    users: { 'Alice@Corp.example': [1210], 'alice@corp.example': [1230], 'bob@corp.example': [] },
    groups: { 'denver-managers': [1220, 1221], plumbing: [1230] },
    everyone: [1200],
  }),
  'access.json',
);

describe('the access file', () => {
  it('joins a user\'s own units, their groups\' and everyone\'s, matching the user in any case', () => {
    expect(unitsOf(rules, { user: 'ALICE@corp.example', groups: ['denver-managers'] }, undefined)).toEqual([1200, 1210, 1220, 1221, 1230]);
    expect(unitsOf(rules, { user: 'bob@corp.example', groups: [] }, undefined)).toEqual([1200]);
  });

  it('matches groups as written', () => {
    expect(unitsOf(rules, { user: 'carol', groups: ['Denver-Managers'] }, undefined)).toEqual([1200]);
  });

  it('keeps only the units ALLOWED_ORG_UNIT_IDS lists when it is set', () => {
    expect(unitsOf(rules, { user: 'alice@corp.example', groups: ['denver-managers'] }, [1220, 1230])).toEqual([1220, 1230]);
    expect(unitsOf(rules, { user: 'bob@corp.example', groups: [] }, [1220])).toEqual([]);
  });

  it('gives nothing to a user it does not name when everyone gets nothing', () => {
    const bare = parseAccessFile('{"users":{"alice@corp.example":[1210]}}', 'access.json');
    expect(unitsOf(bare, { user: 'mallory', groups: [] }, undefined)).toEqual([]);
  });

  it.each([
    ['not JSON', '{ users: ', /access\.json is not valid JSON/],
    ['a unit that is no id', '{"users":{"alice":[12.5]}}', /users\.alice\.0: must be an org unit id/],
    ['a negative unit', '{"groups":{"g":[-3]}}', /groups\.g\.0: must be an org unit id/],
    ['units not in a list', '{"everyone":1210}', /everyone: must be a list of org unit ids/],
    ['an unknown key', '{"user":{"alice":[1210]}}', /the file: Unrecognized key: "user"/],
    ['an array', '[]', /the file: must be a JSON object/],
  ])('refuses %s, naming the file and the place', (_, text, message) => {
    expect(() => parseAccessFile(text, 'access.json')).toThrow(AccessFileError);
    expect(() => parseAccessFile(text, 'access.json')).toThrow(message);
  });
});
