import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { isStale, splitFieldErrors } from '../lib/formErrors';

/**
 * Saving a create or edit form: the API's problems that name a form field go on that field (scrolled to), the others
 * are listed above the form; a stale version is left to FormHeader's reload. `onError` may take a problem first
 * (true: handled).
 */
export function useFormSave<V, R, F extends string>({
  form,
  fields,
  save,
  onSaved,
  onError,
}: {
  form: FormInstance<V>;
  fields: readonly F[];
  save: (values: V) => Promise<R>;
  onSaved: (saved: R) => void;
  onError?: (error: unknown, values: V) => boolean;
}) {
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setOtherErrors([]),
    onSuccess: onSaved,
    onError: (error, values) => {
      if (isStale(error) || onError?.(error, values)) return;
      const split = splitFieldErrors(error, fields);
      // The field names come from the form's own list; antd cannot check a generic form's paths.
      form.setFields(split.fields as Parameters<FormInstance<V>['setFields']>[0]);
      setOtherErrors(split.other);
      if (split.fields.length) form.scrollToField(split.fields[0].name);
    },
  });
  return { save: mutation, otherErrors };
}
