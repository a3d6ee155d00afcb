/**
 * The series feed table: USGS MCS 2025 salient statistics, one row per country, item, USGS
 * column and year (REPORTS_STATISTIC), with the figure as reported, its bound and unit, in
 * metric tons for mass units, and why there is no figure where there is none.
 */
import { type Column, col, UPDATED_AT } from './columns.js';

/** Columns of the series feed (stable names; documented in docs/bi-feeds.md). */
export const SERIES_COLUMNS: Column[] = [
  col('commodity', 'text', 'name of the metal or product'),
  col('item_id', 'text', 'id of the metal or product (metal:gallium)'),
  col('measure_id', 'text', 'id of the salient Measure, one per USGS column (measure:salient-galli-consump-kg)'),
  col('usgs_column', 'text', 'the column of the USGS salient table (Consump_kg, Price_High-purity_dkg), as fixed where the header misstates it'),
  col('statistic', 'text', 'production, imports, exports, consumption, price, stocks, importReliance, employment, shipments or other'),
  col('form', 'text', 'what the statistic is of (High-purity, Ore, Scrap…); empty for the whole commodity'),
  col('country_iso', 'text', 'ISO 3166-1 alpha-2 code of the reporting country (US)'),
  col('country_name', 'text', 'name of the reporting country'),
  col('year', 'integer', 'year of the figure', 'calendar year'),
  col('quantity', 'number', 'the figure as reported by USGS', 'in unit'),
  col('unit', 'text', 'unit (kilograms, thousand metric tons, dollars per kilogram, cents per pound, percent, number…)'),
  col('quantity_bound', 'text', 'exact, atLeast or atMost (USGS ">75" is atLeast, "Less than ½ unit" atMost 0.5, a range its low end atLeast)'),
  col('quantity_t', 'number', 'quantity in metric tons; empty for units that are not mass', 't'),
  col('estimated', 'boolean', "true for the release's latest year (2024), which USGS estimates"),
  col('no_value_reason', 'text', 'why there is no figure (withheld, not available, net exporter…); never read as zero'),
  col('source_id', 'list', 'id of the Source (source:usgs-mcs-2025-salient-galli); several joined with " | "'),
  col('key', 'text', 'the relationship key measure_id|year: unique with item_id and country_iso'),
  col('note', 'text', 'how a word or range of the table was read'),
  UPDATED_AT,
];
