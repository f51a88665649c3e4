import type { FormInstance, FormRule } from 'antd';

/**
 * A rule that checks a field against the form's other fields: `broken(value, get)` says when it fails. List the
 * fields it reads in the Form.Item's `dependencies`, so it runs again when they change.
 */
export function crossCheck(
  broken: (value: ReturnType<FormInstance['getFieldValue']>, get: FormInstance['getFieldValue']) => unknown,
  message: string,
): FormRule {
  return ({ getFieldValue }) => ({
    validator: (_, value) => (broken(value, getFieldValue) ? Promise.reject(new Error(message)) : Promise.resolve()),
  });
}
