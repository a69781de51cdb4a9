import { expect } from '@open-wc/testing';
import { defineElement, type VersionedElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

/** A fresh class of this version, as each copy of the script on a page brings its own. */
function ourClass(): VersionedElement {
  return class extends HTMLElement {
    static readonly vtVersion = VERSION;
  };
}

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a tag that is free', () => {
    const element = ourClass();
    defineElement('vt-define-free', element);
    expect(customElements.get('vt-define-free')).to.equal(element);
  });

  it('is quiet when the same script runs twice', () => {
    const first = ourClass();
    const warnings = captureWarnings(() => {
      defineElement('vt-define-twice', first);
      defineElement('vt-define-twice', first);
      defineElement('vt-define-twice', ourClass());
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('vt-define-twice')).to.equal(first);
  });

  it('keeps the first version and warns once per page when another version arrives', () => {
    const older: VersionedElement = class extends HTMLElement {
      static readonly vtVersion = '0.0.1-old';
    };
    defineElement('vt-define-clash-a', older);
    defineElement('vt-define-clash-b', older);
    const warnings = captureWarnings(() => {
      defineElement('vt-define-clash-a', ourClass());
      defineElement('vt-define-clash-b', ourClass());
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1-old').and.contain(VERSION);
    // The page editor learns which version is in use and what to change.
    expect(warnings[0]).to.contain('The page loads two versions of the library; the first one stays in use. Load only one.');
    expect(customElements.get('vt-define-clash-a')).to.equal(older);
  });

  it('registers a class a second time under a site’s own tag name', () => {
    const element = ourClass();
    defineElement('vt-define-original', element);
    expect(() => defineElement('partner-renamed', element)).not.to.throw();
    expect(document.createElement('partner-renamed')).to.be.instanceOf(element);
  });
});
