/**
 * Builds src/lib/text/gujarati-iast.ts, the letter tables of the app's transliteration, from
 * Sanscript (a devDependency): `npm run build:translit [root]`. Commit the file after a rebuild.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRANSLIT_DATA_PATH, writeTranslitData } from '../src/lib/server/build-translit';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('..', import.meta.url)));
const wrote = await writeTranslitData(join(root, TRANSLIT_DATA_PATH));
console.log(`${TRANSLIT_DATA_PATH}: ${wrote ? 'written' : 'already up to date'}`);
