/**
 * USGS commodity names (world data `COMMODITY` + `TYPE`, T4 / T5 critical-mineral names, Fig. 2
 * labels) → commodity node ids. Ids shared with the other datasets: `metal:gallium`,
 * `metal:germanium`, `metal:antimony`, `metal:aluminium`, `metal:iron`, `product:alumina`,
 * `product:bauxite`, `product:iron-ore`. Convention: metals and metalloids are `metal:<slug>`
 * (Metal nodes); ores, concentrates, industrial minerals, non-metallic elements sold as
 * chemicals (bromine, iodine, helium, sulfur, borates) and materials are `product:<slug>`.
 * A name not found here becomes `product:<slug>` and is listed in the import report.
 */
import type { NodeRecord } from '../model/schema.js';
import { cleanText, slugify } from './csv.js';

export interface CommodityEntry {
  id: string;
  name: string;
  symbol?: string;
  aliases?: string[];
}

const E = (id: string, name: string, match: string[], extra: Omit<CommodityEntry, 'id' | 'name'> = {}) => ({ id, name, match, ...extra });

/** [element name, symbol]: each is `metal:<name>`, matched by its name. */
const ELEMENTS: [string, string][] = [
  ['Antimony', 'Sb'],
  ['Arsenic', 'As'],
  ['Beryllium', 'Be'],
  ['Bismuth', 'Bi'],
  ['Cadmium', 'Cd'],
  ['Cerium', 'Ce'],
  ['Cesium', 'Cs'],
  ['Chromium', 'Cr'],
  ['Cobalt', 'Co'],
  ['Copper', 'Cu'],
  ['Dysprosium', 'Dy'],
  ['Erbium', 'Er'],
  ['Europium', 'Eu'],
  ['Gadolinium', 'Gd'],
  ['Gallium', 'Ga'],
  ['Germanium', 'Ge'],
  ['Gold', 'Au'],
  ['Hafnium', 'Hf'],
  ['Holmium', 'Ho'],
  ['Indium', 'In'],
  ['Iridium', 'Ir'],
  ['Lanthanum', 'La'],
  ['Lead', 'Pb'],
  ['Lithium', 'Li'],
  ['Lutetium', 'Lu'],
  ['Manganese', 'Mn'],
  ['Mercury', 'Hg'],
  ['Molybdenum', 'Mo'],
  ['Neodymium', 'Nd'],
  ['Nickel', 'Ni'],
  ['Palladium', 'Pd'],
  ['Platinum', 'Pt'],
  ['Praseodymium', 'Pr'],
  ['Rhenium', 'Re'],
  ['Rhodium', 'Rh'],
  ['Rubidium', 'Rb'],
  ['Ruthenium', 'Ru'],
  ['Samarium', 'Sm'],
  ['Scandium', 'Sc'],
  ['Selenium', 'Se'],
  ['Silicon', 'Si'],
  ['Silver', 'Ag'],
  ['Strontium', 'Sr'],
  ['Tantalum', 'Ta'],
  ['Tellurium', 'Te'],
  ['Terbium', 'Tb'],
  ['Thallium', 'Tl'],
  ['Thorium', 'Th'],
  ['Thulium', 'Tm'],
  ['Tin', 'Sn'],
  ['Tungsten', 'W'],
  ['Vanadium', 'V'],
  ['Ytterbium', 'Yb'],
  ['Yttrium', 'Y'],
  ['Zinc', 'Zn'],
  ['Zirconium', 'Zr'],
];

/** Other spellings of element names in use (IUPAC and British English beside the USGS's American English). */
const ELEMENT_ALIASES: Record<string, string[]> = { Cesium: ['Caesium'], Tungsten: ['Wolfram'] };

/** Explicit entries; `match` lists lower-case USGS names (cleaned) that mean this node. */
const ENTRIES = [
  ...ELEMENTS.map(([name, symbol]) =>
    E(`metal:${name.toLowerCase()}`, name, [name.toLowerCase()], { symbol, ...(ELEMENT_ALIASES[name] ? { aliases: ELEMENT_ALIASES[name] } : {}) }),
  ),
  E('metal:aluminium', 'Aluminium', ['aluminum'], { symbol: 'Al', aliases: ['Aluminum'] }),
  E('metal:iron', 'Iron', ['iron'], { symbol: 'Fe' }),
  E('metal:magnesium', 'Magnesium', ['magnesium', 'magnesium metal'], { symbol: 'Mg' }),
  E('metal:niobium', 'Niobium', ['niobium', 'niobium (columbium)'], { symbol: 'Nb', aliases: ['Columbium'] }),
  E('metal:titanium', 'Titanium', ['titanium', 'titanium (metal)', 'titanium & titanium dioxide'], { symbol: 'Ti' }),
  E('product:alumina', 'Alumina', ['alumina']),
  E('product:bauxite', 'Bauxite', ['bauxite', 'aluminum (bauxite)']),
  E('product:iron-ore', 'Iron ore', ['iron ore']),
  E('product:steel', 'Steel', ['steel', 'raw steel']),
  E('product:fused-aluminum-oxide', 'Fused aluminum oxide', ['abrasives, fused aluminum oxide']),
  E('product:silicon-carbide', 'Silicon carbide', ['abrasives, silicon carbide']),
  E('product:asbestos', 'Asbestos', ['asbestos']),
  E('product:barite', 'Barite', ['barite']),
  E('product:boron', 'Boron (borates)', ['boron'], { aliases: ['Boron', 'Borates'] }),
  E('product:bromine', 'Bromine', ['bromine']),
  E('product:cement', 'Cement', ['cement']),
  E('product:clays', 'Clays', ['clays']),
  E('product:bentonite', 'Bentonite', ['bentonite']),
  E('product:fullers-earth', "Fuller's earth", ["fuller's earth"]),
  E('product:kaolin', 'Kaolin', ['kaolin']),
  E('product:industrial-diamond', 'Industrial diamond', ['diamond (industrial)']),
  E('product:diatomite', 'Diatomite', ['diatomite']),
  E('product:feldspar', 'Feldspar', ['feldspar', 'feldspar and nepheline syenite']),
  E('product:fluorspar', 'Fluorspar', ['fluorspar']),
  E('product:industrial-garnet', 'Industrial garnet', ['garnet (industrial)']),
  E('product:gemstones', 'Gemstones', ['gemstones']),
  E('product:graphite', 'Graphite', ['graphite', 'graphite (natural)']),
  E('product:gypsum', 'Gypsum', ['gypsum']),
  E('product:helium', 'Helium', ['helium']),
  E('product:iodine', 'Iodine', ['iodine']),
  E('product:iron-oxide-pigments', 'Iron oxide pigments', ['iron oxide pigments']),
  E('product:kyanite', 'Kyanite and related minerals', ['kyanite and related minerals']),
  E('product:lime', 'Lime', ['lime']),
  E('product:magnesium-compounds', 'Magnesium compounds', ['magnesium compounds']),
  E('product:mica', 'Mica (natural)', ['mica (natural)', 'mica']),
  E('product:nepheline-syenite', 'Nepheline syenite', ['nepheline syenite']),
  E('product:ammonia', 'Ammonia (fixed nitrogen)', ['nitrogen(fixed) - ammonia', 'nitrogen (fixed)--ammonia']),
  E('product:peat', 'Peat', ['peat']),
  E('product:perlite', 'Perlite', ['perlite']),
  E('product:phosphate-rock', 'Phosphate rock', ['phosphate rock']),
  E('product:potash', 'Potash', ['potash']),
  E('product:pumice', 'Pumice and pumicite', ['pumice & pumicite', 'pumice and pumicite']),
  E('product:rare-earths', 'Rare earths', ['rare earths', 'rare earths (compounds and metals)'], {
    aliases: ['Rare earth elements', 'REE', 'REEs', 'Rare-earth elements'],
  }),
  E('product:salt', 'Salt', ['salt']),
  E('product:industrial-sand-and-gravel', 'Industrial sand and gravel', ['sand and gravel (industrial)']),
  E('product:soda-ash', 'Soda ash', ['soda ash']),
  E('product:dimension-stone', 'Dimension stone', ['stone (dimension)']),
  E('product:crushed-stone', 'Crushed stone', ['stone (crushed)']),
  E('product:construction-sand-and-gravel', 'Construction sand and gravel', ['sand and gravel (construction)']),
  E('product:industrial-quartz-crystal', 'Industrial quartz crystal', ['quartz crystal (industrial)']),
  E('product:iron-and-steel-scrap', 'Iron and steel scrap', ['iron and steel scrap']),
  E('product:iron-and-steel-slag', 'Iron and steel slag', ['iron and steel slag']),
  E('product:metallic-abrasives', 'Metallic abrasives', ['metallic abrasives']),
  E('product:platinum-group-metals', 'Platinum-group metals', ['platinum-group metals'], { aliases: ['PGM', 'PGMs'] }),
  E('product:sulfur', 'Sulfur', ['sulfur'], { aliases: ['Sulphur'] }),
  E('product:talc', 'Talc and pyrophyllite', ['talc, crude', 'talc and pyrophyllite']),
  E('product:titanium-dioxide', 'Titanium dioxide pigment', ['titanium dioxide']),
  E('product:titanium-mineral-concentrates', 'Titanium mineral concentrates', ['titanium mineral concentrates']),
  E('product:ferrosilicon', 'Ferrosilicon', ['ferrosilicon']),
  E('product:vermiculite', 'Vermiculite', ['vermiculite']),
  E('product:wollastonite', 'Wollastonite', ['wollastonite']),
  E('product:zeolites', 'Zeolites (natural)', ['zeolites (natural)']),
  E('product:zirconium-mineral-concentrates', 'Zirconium mineral concentrates', [
    'zirconium and hafnium',
    'zirconium (ores and concentrates)',
    'zirconium, ores and concentrates',
  ]),
];

/**
 * World-data measures of one `COMMODITY` that belong to different nodes, told apart by `TYPE`
 * (bauxite mine output vs alumina refinery output, pig iron vs raw steel, …).
 */
const BY_TYPE: { commodity: string; type: RegExp; match: string }[] = [
  { commodity: 'bauxite', type: /alumina/i, match: 'alumina' },
  { commodity: 'abrasives', type: /fused aluminum oxide/i, match: 'abrasives, fused aluminum oxide' },
  { commodity: 'abrasives', type: /silicon carbide/i, match: 'abrasives, silicon carbide' },
  { commodity: 'clays', type: /bentonite/i, match: 'bentonite' },
  { commodity: 'clays', type: /fuller/i, match: "fuller's earth" },
  { commodity: 'clays', type: /kaolin/i, match: 'kaolin' },
  { commodity: 'iron and steel', type: /pig iron/i, match: 'iron' },
  { commodity: 'iron and steel', type: /raw steel/i, match: 'raw steel' },
  { commodity: 'platinum-group metals', type: /palladium/i, match: 'palladium' },
  { commodity: 'platinum-group metals', type: /platinum/i, match: 'platinum' },
  { commodity: 'silicon', type: /ferrosilicon/i, match: 'ferrosilicon' },
  { commodity: 'titanium & titanium dioxide', type: /pigment/i, match: 'titanium dioxide' },
];

const BY_NAME = new Map<string, CommodityEntry>();
for (const { match, ...entry } of ENTRIES) for (const m of match) BY_NAME.set(m, entry);

const norm = (s: string) => cleanText(s).toLowerCase();

/**
 * The node for a USGS commodity name (and, for the world data, its `TYPE`). Tries the whole
 * name, then the part before the first comma (`GALLIUM, metal`), then that without a
 * parenthesis (`Titanium (metal)`). `known: false` means the fallback `product:<slug>` was used.
 */
export function commodityFor(label: string, type = ''): { entry: CommodityEntry; known: boolean } {
  const k = norm(label);
  const byType = BY_TYPE.find((b) => b.commodity === k && b.type.test(type));
  const candidates = [
    byType?.match,
    k,
    k.split(',')[0].trim(),
    k
      .split(',')[0]
      .replace(/\s*\(.*\)\s*$/, '')
      .trim(),
  ];
  for (const c of candidates) {
    const entry = c ? BY_NAME.get(c) : undefined;
    if (entry) return { entry, known: true };
  }
  const name = cleanText(label);
  return { entry: { id: `product:${slugify(name)}`, name }, known: false };
}

/** The Metal or Product node of an entry, citing `source`. */
export function commodityNode(entry: CommodityEntry, source: string): NodeRecord {
  const base = { id: entry.id, name: entry.name, aliases: entry.aliases ?? [], sources: [source] };
  return entry.id.startsWith('metal:') ? { ...base, label: 'Metal', ...(entry.symbol ? { symbol: entry.symbol } : {}) } : { ...base, label: 'Product' };
}
