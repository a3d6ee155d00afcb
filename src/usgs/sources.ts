/** The Source records of the USGS importer: one per table of the MCS 2025 data release. */
import type { SourceRecord } from '../model/schema.js';

/** The Source id of each table. */
export const SOURCE_IDS = {
  world: 'source:usgs-mcs-2025-world',
  t4: 'source:usgs-mcs-2025-t4',
  t5: 'source:usgs-mcs-2025-t5',
  fig2: 'source:usgs-mcs-2025-fig2',
} as const;
export type TableKey = keyof typeof SOURCE_IDS;

/** The years of the salient-statistics tables (2024 estimated). */
export const SALIENT_YEARS = [2020, 2021, 2022, 2023, 2024];

/** The data-release files, relative to the release folder (`data/usgs-mcs-2025/`). */
export const FILES: Record<TableKey, string> = {
  world: 'world/MCS2025_World_Data.csv',
  t4: 'industry-trends/MCS2025_T4_Critical_Minerals_End_Use.csv',
  t5: 'industry-trends/MCS2025_T5_Critical_Minerals_Salient.csv',
  fig2: 'industry-trends/MCS2025_Fig2_Net_Import_Reliance.csv',
};

/** The folder of the salient-statistics tables (one CSV and one metadata XML per commodity). */
export const SALIENT_DIR = 'salient';

const NAMES: Record<TableKey, string> = {
  world: 'USGS Mineral Commodity Summaries 2025: World production, capacity, and reserves (MCS2025_World_Data)',
  t4: 'USGS Mineral Commodity Summaries 2025: Table 4, Critical minerals end use (MCS2025_T4_Critical_Minerals_End_Use)',
  t5: 'USGS Mineral Commodity Summaries 2025: Table 5, Critical minerals salient statistics (MCS2025_T5_Critical_Minerals_Salient)',
  fig2: 'USGS Mineral Commodity Summaries 2025: Figure 2, U.S. net import reliance (MCS2025_Fig2_Net_Import_Reliance)',
};

/** The Source record of one table (sourceType dataset, DOI of the data release, public domain). */
export function sourceRecord(table: TableKey): SourceRecord {
  return {
    id: SOURCE_IDS[table],
    label: 'Source',
    name: NAMES[table],
    aliases: [],
    description: `U.S. Geological Survey, Mineral Commodity Summaries 2025 Data Release, file ${FILES[table]} (report: doi:10.3133/mcs2025).`,
    publisher: 'U.S. Geological Survey',
    sourceType: 'dataset',
    url: 'https://doi.org/10.5066/P13XCP3R',
    doi: '10.5066/P13XCP3R',
    publishedDate: '2025',
    note: 'Public domain (work of the U.S. federal government); vendored byte-for-byte under data/usgs-mcs-2025/.',
  };
}
