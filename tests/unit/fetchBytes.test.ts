/** Which files the validation worker fetches itself: the page's own site's, over http(s). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchBytes, sameOrigin } from '../../src/model/fetchBytes.ts';

describe('sameOrigin', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes a file on the page’s site absolute', () => {
    vi.stubGlobal('location', { origin: 'https://atlas.example' });
    vi.stubGlobal('document', { baseURI: 'https://atlas.example/app/index.html' });
    expect(sameOrigin('data/mine.json')).toBe('https://atlas.example/app/data/mine.json');
    expect(sameOrigin('/x.json')).toBe('https://atlas.example/x.json');
    expect(sameOrigin('https://atlas.example/y.json')).toBe('https://atlas.example/y.json');
  });

  it('leaves other sites, data: and blob: URLs and file pages to the page', () => {
    vi.stubGlobal('location', { origin: 'https://atlas.example' });
    vi.stubGlobal('document', { baseURI: 'https://atlas.example/' });
    expect(sameOrigin('https://other.example/y.json')).toBeNull();
    expect(sameOrigin('data:application/json,{}')).toBeNull();
    expect(sameOrigin('http://atlas.example/y.json')).toBeNull();
    vi.stubGlobal('location', { origin: 'null' });
    vi.stubGlobal('document', { baseURI: 'file:///home/me/movement-atlas.html' });
    expect(sameOrigin('mine.json')).toBeNull();
    expect(sameOrigin('data:application/json,{}')).toBeNull();
  });
});

describe('fetchBytes', () => {
  it('returns the bytes of an OK response', async () => {
    const bytes = await fetchBytes('x', () => Promise.resolve(new Response('{"a":1}')));
    expect(new TextDecoder().decode(bytes)).toBe('{"a":1}');
  });

  it('names the HTTP status of a failed one', async () => {
    const fetcher = () =>
      Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' }));
    await expect(fetchBytes('x', fetcher)).rejects.toThrow('HTTP 404 Not Found');
  });
});
