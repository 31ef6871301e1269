import { describe, expect, it } from 'vitest';
import { createModelResolver } from './resolver.js';

describe('model resolver', () => {
  it('resolver: reverie-offline needs no configuration', () => {
    const r = createModelResolver();
    const got = r.resolve('reverie-offline');
    expect('model' in got && got.model.provider).toBe('offline');
  });

  it('resolver: other ids without a provider name the variables to set', () => {
    const got = createModelResolver().resolve('claude-sonnet-4-5');
    expect('error' in got && got.error).toMatch(/ANTHROPIC_API_KEY.*REVERIE_OPENAI_BASE_URL/);
  });

  it('resolver: routes to Anthropic when a key is set, to the OpenAI-compatible server for mapped ids', () => {
    const r = createModelResolver({
      anthropic: { apiKey: 'sk-ant-test' },
      openai: { baseUrl: 'http://127.0.0.1:11434', modelMap: { llama: 'llama3.1:8b' } },
    });
    const claude = r.resolve('claude-sonnet-4-5');
    const llama = r.resolve('llama');
    expect('model' in claude && claude.model.provider).toBe('anthropic');
    expect('model' in llama && llama.model.provider).toBe('openai-compatible');
    // Models are made once per id.
    expect(r.resolve('claude-sonnet-4-5')).toEqual(claude);
    const onlyOpenAI = createModelResolver({ openai: { baseUrl: 'http://127.0.0.1:8000' } }).resolve('anything');
    expect('model' in onlyOpenAI && onlyOpenAI.model.provider).toBe('openai-compatible');
  });
});
