import { type CachedAnswer, TaggedCache } from './tagged-cache';

const answer = (tags: string[], expiresAt = Date.now() + 60_000, bytes = 1): CachedAnswer => ({
  body: Buffer.alloc(bytes, 'x'),
  etag: '"x"',
  contentType: 'text/plain',
  status: 200,
  headers: {},
  tags,
  expiresAt,
});

describe('TaggedCache', () => {
  it('drops every entry showing a dropped tag, and only those', () => {
    const cache = new TaggedCache();
    cache.set('/a', answer(['announcement:1', 'announcements']), cache.begin());
    cache.set('/b', answer(['announcement:2']), cache.begin());
    cache.drop(['announcement:1']);
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/b')).toBeDefined();
  });

  it('does not store an answer whose tag was dropped while it was being built', () => {
    const cache = new TaggedCache();
    const since = cache.begin();
    cache.drop(['announcement:1']);
    expect(cache.set('/a', answer(['announcement:1']), since)).toBe(false);
    expect(cache.set('/b', answer(['announcement:2']), since)).toBe(true);
    cache.clear();
    expect(cache.set('/c', answer(['announcement:3']), since)).toBe(false);
  });

  it('forgets expired entries and stays within its bound', () => {
    const cache = new TaggedCache(2);
    cache.set('/old', answer([], Date.now() - 1), cache.begin());
    expect(cache.get('/old')).toBeUndefined();
    for (const k of ['/1', '/2', '/3']) cache.set(k, answer(['t']), cache.begin());
    expect(cache.size).toBe(2);
    expect(cache.get('/1')).toBeUndefined();
  });

  it('stays within its bound in bytes, the oldest answers going first', () => {
    const cache = new TaggedCache(100, 1000);
    for (let i = 0; i < 5; i++) cache.set(`/${i}`, answer(['t'], undefined, 300), cache.begin());
    expect(cache.storedBytes).toBeLessThanOrEqual(1000);
    expect(cache.size).toBe(3);
    expect(cache.get('/0')).toBeUndefined();
    expect(cache.get('/4')).toBeDefined();
    expect(cache.set('/huge', answer(['t'], undefined, 1001), cache.begin())).toBe(false);
    cache.drop(['t']);
    expect(cache.storedBytes).toBe(0);
  });

  it('remembers a bounded number of drops, and refuses answers begun before a forgotten one', () => {
    const cache = new TaggedCache();
    const before = cache.begin();
    for (let i = 0; i < 10_001; i++) cache.drop([`announcement:${i}`]);
    // The drop of announcement:0 is forgotten: an answer begun before it may have missed it.
    expect(cache.set('/a', answer(['announcement:0']), before)).toBe(false);
    expect(cache.set('/b', answer(['other']), before)).toBe(false);
    const after = cache.begin();
    expect(cache.set('/c', answer(['announcement:0']), after)).toBe(true);
    cache.drop(['announcement:10001']);
    expect(cache.set('/d', answer(['announcement:10001']), after)).toBe(false);
  });

  it('looks at every drop since the answer was begun, and only those', () => {
    const cache = new TaggedCache();
    cache.drop(['announcement:a']);
    const begun = cache.begin();
    // Exactly as many drops as it remembers, none of them of the answer's tags: still known.
    for (let i = 0; i < 9_999; i++) cache.drop([`announcement:${i}`, 'announcements']);
    expect(cache.set('/before', answer(['announcement:a']), begun)).toBe(true);
    cache.drop(['agency:x', 'announcement:b']);
    expect(cache.set('/b', answer(['announcement:b', 'agency:y']), begun)).toBe(false);
    expect(cache.set('/c', answer(['announcement:c']), begun)).toBe(true);
    // One drop more and the first since `begun` is forgotten.
    cache.drop(['other']);
    expect(cache.set('/c2', answer(['announcement:c']), begun)).toBe(false);
  });
});
