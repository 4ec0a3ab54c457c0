import { type CachedAnswer, TaggedCache } from './tagged-cache';

const answer = (tags: string[], expiresAt = Date.now() + 60_000): CachedAnswer => ({
  body: Buffer.from('x'),
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
});
