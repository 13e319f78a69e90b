/** The root of feed format v1. */
import * as v from 'valibot';
import {
  d, Ags5, Contact, Id, IsoDate, IsoDateTime, LangTag, Licence, NonEmpty, Steward, Text, Url,
} from './primitives.js';
import { Location, Regions } from './places.js';
import { Organisation, Responsibility, Service, Term } from './services.js';
import { Programme } from './programmes.js';
import { Pathway } from './pathways.js';
import { MapSettings, Travel } from './travel.js';

import { BUNDESLAENDER } from './constants.js';

export { FEED_MAJOR, FEED_VERSION, BUNDESLAENDER } from './constants.js';

export const Holidays = v.object({
  public: v.array(v.object({ date: IsoDate, name: NonEmpty }, 'object'), 'array'),
  school: v.array(v.object({ from: IsoDate, to: IsoDate, name: NonEmpty }, 'object'), 'array'),
  schoolKnownUntil: v.optional(v.pipe(IsoDate, d('Last day for which school-holiday data was available; later days are unknown, not holiday-free.'))),
}, 'object');

export const Feed = v.object({
  $schema: v.optional(v.string()),
  version: v.pipe(v.string('version'), v.regex(/^\d+\.\d+$/, 'version'), d('Format version `MAJOR.MINOR`; this is `1.0`.')),
  publisher: v.object({
    name: Text,
    ags: Ags5,
    state: v.pipe(v.picklist(BUNDESLAENDER, 'state'), d('Bundesland code (`BW`, `BY`, …) for public and school holidays.')),
    contact: Contact,
    licence: v.pipe(Licence, d('Licence of the feed data, e.g. Datenlizenz Deutschland – Namensnennung 2.0.')),
    website: v.optional(Url),
  }, 'object'),
  generatedAt: v.pipe(IsoDateTime, d('When this file was produced.')),
  validUntil: v.optional(v.pipe(IsoDate, d('After this day the feed is out of date; the UI says so.'))),
  sample: v.optional(v.pipe(v.boolean('boolean'), d('Example data: the components say "Beispieldaten".'))),
  languages: v.pipe(
    v.array(v.object({ code: LangTag, dir: v.picklist(['ltr', 'rtl'], 'dir'), name: v.optional(NonEmpty) }, 'object'), 'array'),
    v.minLength(1, 'languages'),
    d('Languages the feed\'s texts are written in, German first.'),
  ),
  stewards: v.optional(v.array(Steward, 'array')),
  regions: Regions,
  topics: v.pipe(v.array(Term, 'array'), d('The topic vocabulary. Services, responsibilities and steps refer to these ids.')),
  audiences: v.optional(v.array(Term, 'array')),
  statuses: v.optional(v.pipe(v.array(Term, 'array'), d('Residence statuses where responsibility differs (Asylbewerber, anerkannt, EU-Bürger).'))),
  serviceTypes: v.optional(v.pipe(v.array(Term, 'array'), d('Kinds of office within a topic (Ausländerbehörde, Einbürgerungsbehörde, Bürgerbüro), for responsibility per service type.'))),
  lexicon: v.optional(v.pipe(
    v.array(v.object({
      words: v.pipe(v.array(NonEmpty, 'array'), v.minLength(1, 'words'), d('What citizens type: "Busfahrkarte", "Busticket".')),
      means: v.pipe(v.array(NonEmpty, 'array'), v.minLength(1, 'words'), d('What the feed calls it: "ÖPNV", "Rufbus", "Mobilität".')),
    }, 'object'), 'array'),
    d('The Kreis\'s own everyday words for the search, on top of the kit\'s built-in lexicon.'),
  )),
  organisations: v.array(Organisation, 'array'),
  locations: v.array(Location, 'array'),
  services: v.array(Service, 'array'),
  responsibilities: v.optional(v.array(Responsibility, 'array')),
  programmes: v.optional(v.array(Programme, 'array')),
  pathways: v.optional(v.array(Pathway, 'array')),
  holidays: v.optional(v.pipe(Holidays, d('Public and school holidays of the Bundesland, compiled in by `wegweiser compile`.'))),
  travel: v.optional(Travel),
  map: v.optional(MapSettings),
}, 'object');

export { Id };
