/** URL state: an element changes only its own parameters, never another element's or the page's. */
import { expect } from '@open-wc/testing';
import { readUrl, urlWith } from '../../../src/components/shared/url-state.js';

describe('url-state', () => {
  const page = 'https://gemeinde.example/ankommen?seite=2&ww-q=Kita&ww-kurs-kind=event&ww-weg-id=neu';

  it('replaces the element’s own keys and keeps everything else', () => {
    const next = new URL(urlWith('ww-', { q: 'Deutschkurs', topic: undefined, free: true }, page));
    expect(next.searchParams.get('ww-q')).to.equal('Deutschkurs');
    expect(next.searchParams.get('ww-free')).to.equal('1');
    expect(next.searchParams.get('ww-kurs-kind')).to.equal('event');
    expect(next.searchParams.get('ww-weg-id')).to.equal('neu');
    expect(next.searchParams.get('seite')).to.equal('2');
  });

  it('clears a key whose value is empty', () => {
    const next = new URL(urlWith('ww-kurs-', { kind: '', time: [] }, page));
    expect(next.searchParams.has('ww-kurs-kind')).to.equal(false);
    expect(next.searchParams.get('ww-q')).to.equal('Kita');
  });

  it('reads lists and ignores other prefixes', () => {
    const params = readUrl('ww-', ['q', 'access'], 'https://x.example/?ww-q=a&ww-access=phone,online&ww-kurs-q=b');
    expect(params.get('q')).to.deep.equal(['a']);
    expect(params.get('access')).to.deep.equal(['phone', 'online']);
  });
});
