/**
 * Realistic fake people for the seeded data: first and last names (some with diacritics), ASCII email addresses that
 * are unique within one data set, and dates spread over the past weeks.
 */
import type { Random } from './random.js';

export const DAY = 86_400_000;

const FIRST_NAMES: readonly string[] = (
  'Ada Adrien Aiko Aisha Alejandro Amara Anders Ana Arjun Astrid Beatriz Ben Camille Chen Chloé Dario ' +
  'Dmitri Elena Emeka Emma Fatima Felix Freya Gabriel Grace Hana Hugo Ines Isaac Jamal Jasper Jiho ' +
  'Jonas Júlia Kai Kavya Leila Liam Lucía Maja Malik Mateo Mei Mia Nadia Nikolai Noah Nora Olu Omar ' +
  'Priya Rafael Renée Rohan Sakura Samir Sofia Søren Tariq Thea Tomás Yara Yusuf Zoë'
).split(' ');

const LAST_NAMES: readonly string[] = (
  'Abebe Adeyemi Almeida Andersen Bauer Becker Bianchi Brown Castillo Chen Costa Dubois Dupont Eriksson ' +
  'Fernández Fischer García Gómez Haddad Hansen Hoffmann Ito Jensen Johansson Kaur Khan Kim Kowalski ' +
  'Kumar Larsen Lefèvre Li Lopez Martin Meyer Moreau Müller Nakamura Nguyen Novak Okafor Oliveira Park ' +
  'Patel Petrov Popescu Rossi Sánchez Santos Schmidt Silva Singh Smith Sørensen Tanaka Taylor Wang ' +
  'Weber Williams Yamamoto Yilmaz Zhang'
).split(' ');

const DOMAINS: readonly string[] = (
  'example.com example.org example.net acme.example globex.example initech.example umbrella.example ' +
  'hooli.example stark.example wayne.example wonka.example tyrell.example'
).split(' ');

export interface Person {
  firstName: string;
  lastName: string;
  /** "First Last". */
  name: string;
  /** Lowercase ASCII, unique among the people one PeopleFactory made. */
  email: string;
}

const slugs = new Map<string, string>();

/** Lowercase ASCII for an email local part: "Zoë Müller" → "zoe", "muller". */
export function asciiSlug(value: string): string {
  let slug = slugs.get(value);
  if (slug === undefined) slugs.set(value, (slug = toAscii(value)));
  return slug;
}

function toAscii(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Makes people whose emails never repeat; `taken` can pre-seed addresses that are already in use. */
export function peopleFactory(random: Random, taken: Iterable<string> = []) {
  const used = new Set<string>([...taken].map((e) => e.toLowerCase()));
  return {
    next(): Person {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const first = asciiSlug(firstName);
      const last = asciiSlug(lastName);
      const local = random.weighted<string>([
        [`${first}.${last}`, 6],
        [`${first[0]}${last}`, 2],
        [`${first}_${last}`, 1],
        [`${first}`, 1],
      ]);
      const domain = random.pick(DOMAINS);
      let email = `${local}@${domain}`;
      for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
      used.add(email);
      return { firstName, lastName, name: `${firstName} ${lastName}`, email };
    },
  };
}

/** A handful of admins who send the invitations (stable across seeds: they are the org's own people). */
export const ADMINS = [
  { firstName: 'Alice', lastName: 'Moreau', email: 'alice.moreau@acme.example' },
  { firstName: 'Bilal', lastName: 'Haddad', email: 'bilal.haddad@acme.example' },
  { firstName: 'Carmen', lastName: 'Ortega', email: 'carmen.ortega@acme.example' },
] as const;

/** Epoch ms: `now` minus a random span of up to `maxDaysAgo` days (at least `minDaysAgo`). */
export function pastTime(random: Random, now: number, maxDaysAgo: number, minDaysAgo = 0): number {
  return Math.round(now - (minDaysAgo + random.next() * (maxDaysAgo - minDaysAgo)) * DAY);
}

/** A time between `from` and `to` (epoch ms). */
export function between(random: Random, from: number, to: number): number {
  return Math.round(from + random.next() * Math.max(0, to - from));
}

/** RFC 3339 with whole seconds (`2019-08-24T14:15:22Z`), as Upsun prints its timestamps. */
export function rfc3339Seconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
