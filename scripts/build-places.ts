/**
 * Builds src/lib/extract/places-data.json, the places the draft extractor knows, from the data
 * packages (devDependencies) and the hand-written lists: `npm run build:places [root]`.
 * The same packages give the same file; commit it after a rebuild.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACES_DATA_PATH, writePlacesData } from '../src/lib/server/build-places';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const wrote = await writePlacesData(join(root, PLACES_DATA_PATH));
console.log(`${PLACES_DATA_PATH}: ${wrote ? 'written' : 'already up to date'}`);
