import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cssHooks,
  DATA,
  GLOSSARY,
  GLOSSARY_LAYOUT,
  POPOVER,
  READER,
  SELECTOR,
  SHARED_POPOVER_DATA,
  TERM,
} from '@/lib/reader/dom-contract';
import { SETTING_NAMES } from '@/lib/reader/settings';

/** Every stylesheet of the app: app/*.css and the components' own. */
function stylesheets(): { file: string; css: string }[] {
  const files = [
    ...readdirSync('app').map((name) => path.join('app', name)),
    ...readdirSync('components', { recursive: true, encoding: 'utf8' }).map((name) => path.join('components', name)),
  ].filter((file) => file.endsWith('.css'));
  return files.map((file) => ({
    file,
    // Without comments, imports and @apply lines (Tailwind utilities, not selectors).
    css: readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*@(import|apply)\b.*$/gm, ''),
  }));
}

const classesIn = (css: string) => new Set([...css.matchAll(/\.(-?[a-z_][\w-]*)/gi)].map((m) => m[1]!));
const attributesIn = (css: string) => new Set([...css.matchAll(/\[(data-[\w-]+)/g)].map((m) => m[1]!));

const contractClasses = new Set<string>([
  ...Object.values(TERM),
  ...Object.values(POPOVER),
  ...Object.values(GLOSSARY),
  ...Object.values(GLOSSARY_LAYOUT),
  ...Object.values(READER),
]);
/** Names of the reader's markup: a class like these that the CSS styles must be in the contract. */
const READER_CLASS = /^(term|glossary|reader|is-highlighted)\b/;

const CSS_HOOKS = cssHooks();

describe('the reader DOM contract and the CSS', () => {
  const sheets = stylesheets();
  const allClasses = new Set(sheets.flatMap(({ css }) => [...classesIn(css)]));
  const appAttributes = new Set(
    sheets.filter(({ file }) => file.startsWith('app')).flatMap(({ css }) => [...attributesIn(css)]),
  );

  it('finds the stylesheets and their selectors', () => {
    expect(sheets.map(({ file }) => file)).toContain(path.join('app', 'globals.css'));
    expect(allClasses).toContain('js-only');
  });

  it('every class and attribute the contract says the CSS styles is styled there', () => {
    expect(CSS_HOOKS.classes.filter((name) => !allClasses.has(name))).toEqual([]);
    expect(CSS_HOOKS.attributes.filter((name) => !appAttributes.has(name))).toEqual([]);
  });

  it('the CSS styles no reader class and no data attribute that the contract lacks', () => {
    const hooks = new Set<string>(CSS_HOOKS.classes);
    const missing = [...allClasses].filter((name) => READER_CLASS.test(name) && !hooks.has(name));
    expect(missing).toEqual([]);
    // The settings' attributes belong to lib/reader/settings (on <html> and .reader-view).
    const known = new Set<string>([...Object.values(DATA), ...SETTING_NAMES.map((name) => `data-${name}`)]);
    expect([...appAttributes].filter((name) => !known.has(name))).toEqual([]);
  });

  it('names each class once, so no two parts share a name by accident', () => {
    const names = [
      ...Object.values(TERM),
      ...Object.values(POPOVER),
      ...Object.values(GLOSSARY),
      ...Object.values(GLOSSARY_LAYOUT),
      ...Object.values(READER),
    ];
    expect(names.length).toBe(contractClasses.size);
  });
});

describe('the selectors, written out for the browser code', () => {
  it('are the contract names', () => {
    expect(SELECTOR).toEqual({
      term: `.${TERM.root}`,
      trigger: `.${TERM.trigger}`,
      hanzi: `.${TERM.hanzi}`,
      alias: `.${TERM.alias}`,
      documentTerm: `article .${TERM.root}`,
      ownTrigger: `:scope > .${TERM.trigger}`,
      ownPopover: `:scope > .${POPOVER.root}`,
      highlighted: `.${TERM.root}.${TERM.highlighted}`,
      popover: `.${POPOVER.root}`,
      popoverActions: `:is(.${POPOVER.actions} > :is(button, a), .${POPOVER.voice} a)`,
      popoverPageLink: `.${POPOVER.root} a[href^="#"]`,
      play: `.${POPOVER.play}`,
      perWordLink: `.${POPOVER.dictionaryLink}[${SHARED_POPOVER_DATA.perWord}]`,
      save: `[${DATA.save}]`,
      jump: `[${DATA.jump}]`,
      shortcutsOpen: `[${DATA.shortcutsOpen}]`,
      glossaryRow: `.${GLOSSARY.row}`,
      glossaryList: `[${DATA.glossaryList}]`,
    });
  });
});
