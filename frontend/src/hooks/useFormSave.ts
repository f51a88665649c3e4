import { useState } from 'react';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useNavigate } from 'react-router-dom';
import { isStale, splitFieldErrors } from '../lib/formErrors';

/**
 * Saving a create or edit form: once saved, the cached lists are dropped, a toast says so and the saved record's
 * page opens (`saved`). The API's problems that name a form field go on that field (scrolled to), the others are
 * listed above the form (`otherErrors`, shown by RecordForm); a stale version is left to FormHeader's reload.
 * `onError` may take a problem first (true: handled).
 */
export function useFormSave<V, R, F extends string>({
  form,
  fields,
  save,
  saved,
  onError,
}: {
  form: FormInstance<V>;
  fields: readonly F[];
  save: (values: V) => Promise<R>;
  saved: { message: string; invalidate: (client: QueryClient) => unknown; to: (saved: R) => string };
  onError?: (error: unknown, values: V) => boolean;
}) {
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: save,
    onMutate: () => setOtherErrors([]),
    onSuccess: (result) => {
      saved.invalidate(client);
      message.success(saved.message);
      navigate(saved.to(result));
    },
    onError: (error, values) => {
      if (isStale(error) || onError?.(error, values)) return;
      const split = splitFieldErrors(error, fields);
      // The field names come from the form's own list; antd cannot check a generic form's paths.
      form.setFields(split.fields as Parameters<FormInstance<V>['setFields']>[0]);
      setOtherErrors(split.other);
      if (split.fields.length) form.scrollToField(split.fields[0].name);
    },
  });
  return { ...mutation, otherErrors };
}
