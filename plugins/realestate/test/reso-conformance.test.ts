import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  createPropertyInput,
  historyOutput,
  propertyOutput,
  updatePropertyInput,
} from '../src/server/properties/property.schema.js';
import {
  areaUnits,
  changeTypes,
  propertyTypes,
  standardStatuses,
} from '../src/server/properties/reso-values.js';
import { contactListingPreferences } from '../src/server/matching/match.schema.js';
import { showingOutput } from '../src/server/showings/showing.schema.js';
import {
  showingMethods,
  showingRequestTypes,
  showingStatuses,
} from '../src/server/showings/showing-state-machine.js';

// The RESO Data Dictionary 2.0 names kept in the repository with their source (reference/README in the file).
const reference = z
  .object({
    source: z.object({
      standard: z.literal('RESO Data Dictionary 2.0'),
      path: z.string(),
      commit: z.string(),
    }),
    Property: z.object({
      fields: z.array(z.string()),
      /** Data types read in dd-2.0.json for the fields VERTICALS.md does not quote. */
      types: z.record(z.string(), z.string()),
      StandardStatus: z.array(z.string()),
      PropertyType: z.array(z.string()),
    }),
    ShowingAppointment: z.object({
      fields: z.array(z.string()),
      ShowingAppointmentStatus: z.array(z.string()),
      ShowingAppointmentMethod: z.array(z.string()),
      ShowingRequestType: z.array(z.string()),
    }),
    HistoryTransactional: z.object({ fields: z.array(z.string()), ChangeType: z.array(z.string()) }),
    ContactListings: z.object({ ContactListingPreference: z.array(z.string()) }),
  })
  .parse(JSON.parse(readFileSync(new URL('../reference/reso-dd-2.0.json', import.meta.url), 'utf8')));

/** RESO names are PascalCase; the CRM's own additions are camelCase (and must not look like RESO). */
const resoLooking = (keys: string[]) => keys.filter((key) => /^[A-Z]/.test(key));
const sorted = (values: readonly string[]) => [...values].sort();

/** The columns of a table as created in a migration (quoted names at the start of a line). */
function migrationColumns(file: string, table: string): string[] {
  const sql = readFileSync(new URL(`../migrations/${file}`, import.meta.url), 'utf8');
  const body = new RegExp(`CREATE TABLE "${table}" \\(([\\s\\S]*?)\\n\\);`).exec(sql)?.[1] ?? '';
  return [...body.matchAll(/^\s+"([A-Za-z]+)"\s/gm)].map((m) => m[1] ?? '');
}

/** The RESO Property fields the plugin uses beyond what VERTICALS.md quotes (read in dd-2.0.json). */
const checkedInDd20 = ['EntryLevel', 'LivingAreaUnits', 'RoomsTotal', 'StoriesTotal', 'UnitNumber'];

describe('RESO Data Dictionary 2.0 conformance', () => {
  it('every RESO-style field of a property in the API is a RESO Property field', () => {
    const keys = Object.keys(propertyOutput.shape);
    const resoKeys = resoLooking(keys);
    expect(resoKeys.filter((key) => !reference.Property.fields.includes(key))).toEqual([]);
    // The fields the brief names are all there, with their RESO names.
    for (const field of [
      'ListingKey',
      'StandardStatus',
      'ListPrice',
      'LivingArea',
      'BedroomsTotal',
      'UnparsedAddress',
      'City',
      'PostalCode',
      'EntryLevel',
    ]) {
      expect(resoKeys, field).toContain(field);
    }
    // CRM additions stay visibly non-RESO.
    expect(keys.filter((key) => !resoKeys.includes(key)).every((key) => /^[a-z]/.test(key))).toBe(true);
  });

  it('every RESO-style name the plugin reads, writes or stores is a RESO Property field', () => {
    const used = {
      'create input': resoLooking(Object.keys(createPropertyInput.shape)),
      'update input': resoLooking(Object.keys(updatePropertyInput.shape)),
      'database columns': resoLooking(migrationColumns('001.do.realestate.sql', 'RealestateProperty')),
    };
    for (const [where, names] of Object.entries(used)) {
      expect(names.length, where).toBeGreaterThan(10);
      expect(
        names.filter((name) => !reference.Property.fields.includes(name)),
        where,
      ).toEqual([]);
    }
  });

  it('LivingAreaUnits, RoomsTotal, StoriesTotal, UnitNumber and EntryLevel are RESO fields of the RESO type', () => {
    for (const field of checkedInDd20) {
      expect(reference.Property.fields, field).toContain(field);
      expect(Object.keys(propertyOutput.shape), field).toContain(field);
      expect(Object.keys(createPropertyInput.shape), field).toContain(field);
      expect(migrationColumns('001.do.realestate.sql', 'RealestateProperty'), field).toContain(field);
    }
    expect(reference.Property.types).toEqual({
      EntryLevel: 'Edm.Decimal',
      LivingAreaUnits: 'org.reso.metadata.enums.AreaUnits',
      RoomsTotal: 'Edm.Decimal',
      StoriesTotal: 'Edm.Decimal',
      UnitNumber: 'Edm.String',
    });
    // Edm.Decimal counts are numbers (whole ones here), Edm.String is text, AreaUnits an enumeration.
    const sample = propertyOutput.shape;
    expect(sample.RoomsTotal.safeParse(3).success).toBe(true);
    expect(sample.StoriesTotal.safeParse(9).success).toBe(true);
    expect(sample.EntryLevel.safeParse(5).success).toBe(true);
    expect(sample.UnitNumber.safeParse('41').success).toBe(true);
    expect(sample.UnitNumber.safeParse(41).success).toBe(false);
    expect(sample.RoomsTotal.safeParse('3').success).toBe(false);
    expect(sorted(sample.LivingAreaUnits.options)).toEqual(sorted(areaUnits));
    expect(sorted(areaUnits)).toEqual(['SquareFeet', 'SquareMeters']);
  });

  it('uses exactly the RESO StandardStatus and PropertyType values', () => {
    expect(sorted(standardStatuses)).toEqual(sorted(reference.Property.StandardStatus));
    expect(sorted(propertyTypes)).toEqual(sorted(reference.Property.PropertyType));
    expect(sorted(propertyOutput.shape.StandardStatus.options)).toEqual(
      sorted(reference.Property.StandardStatus),
    );
  });

  it('showings, history and client preferences use RESO names and values', () => {
    expect(
      resoLooking(Object.keys(showingOutput.shape)).filter(
        (k) => !reference.ShowingAppointment.fields.includes(k) && !reference.Property.fields.includes(k),
      ),
    ).toEqual([]);
    expect(sorted(showingStatuses)).toEqual(sorted(reference.ShowingAppointment.ShowingAppointmentStatus));
    expect(sorted(showingMethods)).toEqual(sorted(reference.ShowingAppointment.ShowingAppointmentMethod));
    expect(sorted(showingRequestTypes)).toEqual(sorted(reference.ShowingAppointment.ShowingRequestType));
    expect(
      resoLooking(Object.keys(historyOutput.shape)).filter(
        (k) => !reference.HistoryTransactional.fields.includes(k) && k !== 'ListingKey',
      ),
    ).toEqual([]);
    expect(sorted(changeTypes)).toEqual(sorted(reference.HistoryTransactional.ChangeType));
    expect(sorted(contactListingPreferences)).toEqual(
      sorted(reference.ContactListings.ContactListingPreference),
    );
  });

  it('the database accepts exactly the RESO StandardStatus values (CHECK constraint)', () => {
    const sql = readFileSync(new URL('../migrations/001.do.realestate.sql', import.meta.url), 'utf8');
    const check =
      /"StandardStatus"\s+text[^(]*CHECK \("StandardStatus" IN \(([^)]*)\)\)/s.exec(sql)?.[1] ?? '';
    const values = [...check.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1] ?? '');
    expect(sorted(values)).toEqual(sorted(reference.Property.StandardStatus));
  });
});
