// Screenshots for the README. Two runs never render a workbench to the same bytes (antialiasing of
// rounded corners moves by a shade), so a picture is rewritten only when it changed visibly: otherwise
// every test run would leave modified images in the working tree.
/* global document, Image */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log } from '../web/common.mjs';

/** A pixel whose channel moves by more than this has visibly changed... */
const VISIBLE_DELTA = 24;
/** ...but antialiasing moves a few corner pixels that far: more than this many is a real change (one glyph is ~50). */
const MAX_VISIBLY_CHANGED = 16;
/** Antialiasing touches a few edges by a shade; more pixels than this fraction changing at all is a change. */
const MAX_CHANGED_FRACTION = 0.002;

/** A picture of the whole page, as it is now. */
export function screenshot(page) {
  return page.screenshot({ animations: 'disabled', caret: 'hide', timeout: 15_000 });
}

/**
 * Saves each `{ name, image }` as `outDir/name` unless the file there already shows the same picture.
 * Called once the scenario is over: comparing opens a page, which would take the focus from the
 * workbench (and close its menus) in the middle of a step.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} outDir
 * @param {{ name: string, image: Buffer }[]} shots
 */
export async function saveScreenshots(context, outDir, shots) {
  for (const { name, image } of shots) {
    const file = path.join(outDir, name);
    const same = fs.existsSync(file) && (await samePicture(context, fs.readFileSync(file), image));
    if (!same) {
      fs.mkdirSync(outDir, { recursive: true });
      fs.writeFileSync(file, image);
    }
    log('ui', `screenshot ${path.relative(process.cwd(), file)}${same ? ' (unchanged)' : ''}`);
  }
}

/** Compares two PNGs pixel by pixel in a blank page of the same browser (which decodes PNG for us). */
async function samePicture(context, previous, current) {
  if (previous.equals(current)) return true;
  const blank = await context.newPage();
  try {
    const pngs = [previous, current].map((png) => png.toString('base64'));
    const limits = { visibleDelta: VISIBLE_DELTA, maxVisible: MAX_VISIBLY_CHANGED, maxFraction: MAX_CHANGED_FRACTION };
    return await blank.evaluate(comparePictures, { pngs, ...limits });
  } finally {
    await blank.close();
  }
}

/** Runs in the page. */
async function comparePictures({ pngs, visibleDelta, maxVisible, maxFraction }) {
  const load = (base64) =>
    new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = reject;
      image.src = `data:image/png;base64,${base64}`;
    });
  const pixels = (image) => {
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, image.width, image.height).data;
  };
  const [a, b] = await Promise.all(pngs.map(load));
  if (a.width !== b.width || a.height !== b.height) return false;
  const [pa, pb] = [pixels(a), pixels(b)];
  let changed = 0;
  let visible = 0;
  for (let i = 0; i < pa.length; i += 4) {
    const delta = Math.max(Math.abs(pa[i] - pb[i]), Math.abs(pa[i + 1] - pb[i + 1]), Math.abs(pa[i + 2] - pb[i + 2]));
    if (delta > 0) changed++;
    if (delta > visibleDelta) visible++;
  }
  return visible <= maxVisible && changed <= a.width * a.height * maxFraction;
}
