import { describe, expect, it } from 'vitest';
import type { FormInstance } from 'antd';
import { crossCheck } from './formRules';

/** Runs a rule's validator for a value, with the other fields as given. */
function check(rule: ReturnType<typeof crossCheck>, value: unknown, others: Record<string, unknown>) {
  const form = { getFieldValue: (name: string) => others[name] } as unknown as FormInstance;
  const made = typeof rule === 'function' ? rule(form) : rule;
  return made.validator!({}, value, () => {});
}

describe('cross-field rules', () => {
  const rule = crossCheck((value, get) => value > get('memberCount'), 'Không được nhiều hơn số thành viên');
  it('passes when the other field allows the value', async () => {
    await expect(check(rule, 3, { memberCount: 5 })).resolves.toBeUndefined();
  });
  it('fails with its message when the other field does not', async () => {
    await expect(check(rule, 9, { memberCount: 5 })).rejects.toThrow('Không được nhiều hơn số thành viên');
  });
});
