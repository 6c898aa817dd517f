import { model } from 'explorer:generated';

// How values read on the page.

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * An enum value as words: "CARE_AND_MAINTENANCE" and "care-and-maintenance" both read "care and
 * maintenance", "LREE" stays "LREE", MINING reads "mining". Text that is no enum value stays as it is.
 */
export function humanize(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const word = model.enumWords[value];
  if (word === undefined) {
    return String(value);
  }
  return word.includes(' ') ? word : word.replace(/[_-]/g, ' ');
}

/** A property key as a heading: "atomicNumber" reads "Atomic number"; an alias "year__1" reads as its property. */
export function propertyName(key) {
  const words = key.replace(/__\d+$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const named = words
    .replace(/\bpct\b/, '(%)')
    .replace(/\btpa\b/, '(t/yr)')
    .replace(/\busd\b/, '(USD)')
    .replace(/\bkm\b/, '(km)')
    .replace(/\biso(\d)\b/, 'ISO $1');
  return named.charAt(0).toUpperCase() + named.slice(1);
}

export const formatNumber = (value) => numberFormat.format(value);

export const formatPercent = (value) => `${percentFormat.format(value)}%`;

/** A yyyy-MM-dd date as "4 April 2025". */
export function formatDate(value) {
  const date = parseDate(value);
  return date ? dateFormat.format(date) : String(value);
}

export function parseDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
}

/** A Date as yyyy-MM-dd (UTC). */
export const isoDate = (date) => date.toISOString().slice(0, 10);

/** A property's value as it reads; years and other counts that are not quantities stay ungrouped (2025, not 2,025). */
export function formatValue(value, key = '') {
  if (typeof value === 'number') {
    return /year|founded|number/i.test(key) ? String(value) : formatNumber(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'yes' : 'no';
  }
  if (Array.isArray(value)) {
    return value.join(', ');
  }
  return parseDate(value) ? formatDate(value) : humanize(value);
}

/** A relationship as it reads from one node to the other, e.g. "Toyota Prius —REQUIRES→ Neodymium". */
export const relationshipText = (startName, type, endName) => `${startName} —${type}→ ${endName}`;
