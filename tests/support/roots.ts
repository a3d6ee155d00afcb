/** The root connection of each entity type of the schema (`Company` → `companies`), Source included. */
export const ROOT_CONNECTIONS: Record<string, string> = {
  Company: 'companies',
  Person: 'people',
  Country: 'countries',
  Metal: 'metals',
  Product: 'products',
  Technology: 'technologies',
  Facility: 'facilities',
  Agreement: 'agreements',
  Industry: 'industries',
  Policy: 'policies',
  Claim: 'claims',
  Measure: 'measures',
  Source: 'sources',
};
