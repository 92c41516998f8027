// 政策解读 in MDX may use the data components, and nothing else of MDX survives the sanitiser.
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import rehypeRaw from 'rehype-raw';
import { VFile } from 'vfile';
import { markdownRehypePlugins } from '../../src/lib/core/markdown.ts';

// As @astrojs/markdown-remark's MDX processor runs them: its own rehype-raw (passing MDX nodes through) first.
const MDX_NODES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];
const compiled = async (source: string, path = 'x.mdx') =>
  String(
    await compile(new VFile({ path, value: source }), {
      rehypePlugins: [[rehypeRaw, { passThrough: MDX_NODES }], ...markdownRehypePlugins] as never,
    }),
  );

describe('data components through the sanitiser', () => {
  it('keeps <PlanTargets /> and <CityResults city="chengdu" />', async () => {
    const code = await compiled('<PlanTargets />\n\n<CityResults city="chengdu" />');
    expect(code).toMatch(/_jsx\(PlanTargets, \{\}\)/);
    expect(code).toMatch(/_jsx\(CityResults, \{\s*city: "chengdu"\s*\}\)/);
  });

  it('drops a component with a handler, an expression or a value that is not a slug, and unknown components', async () => {
    for (const source of ['<PlanTargets onClick="alert(1)" />', '<CityResults city={alert(1)} />', '<CityResults city="a b" />', '<Evil />', '<portal-data data-component="PlanTargets" />']) {
      const code = await compiled(source);
      expect(code, source).not.toMatch(/PlanTargets|CityResults|Evil|alert|portal-data/);
    }
  });
});
