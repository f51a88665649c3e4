// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layering of eslint.config.js must be able to fail: a feature reaching into another's internals,
// or shared code reaching into a feature, is an error; the same through the feature's index is not.
const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.ruleId);
}

describe('feature boundaries', () => {
  it("refuses a feature importing another feature's internals", async () => {
    const errors = await boundaryErrors(
      'src/features/points/probe.ts',
      "import { modelQuery } from '../models/api/modelApi';\nexport const q = modelQuery;\n",
    );
    expect(errors).toEqual(['boundaries/entry-point']);
  });

  it("accepts a feature importing another feature's index", async () => {
    const errors = await boundaryErrors(
      'src/features/points/probe.ts',
      "import { modelQuery } from '../models';\nexport const q = modelQuery;\n",
    );
    expect(errors).toEqual([]);
  });

  it('refuses shared code importing a feature', async () => {
    const errors = await boundaryErrors(
      'src/components/probe.ts',
      "import { modelQuery } from '../features/models';\nexport const q = modelQuery;\n",
    );
    expect(errors).toEqual(['boundaries/element-types']);
  });
});
