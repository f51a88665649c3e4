import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { useDebounced } from '../hooks/useDebounced';

/**
 * A search box that asks the server once typing pauses (or at once on Enter), and follows the URL when it
 * changes from outside (back/forward).
 */
export function SearchBox({
  value,
  onSearch,
  placeholder,
  label,
  testId,
}: {
  value: string | undefined;
  onSearch: (text: string) => void;
  placeholder: string;
  label: string;
  testId?: string;
}) {
  const [text, setText] = useState(value ?? '');
  const [followed, setFollowed] = useState(value);
  if (value !== followed) {
    setFollowed(value);
    setText(value ?? '');
  }
  const settled = useDebounced(text);
  useEffect(() => {
    // Only a pause in typing triggers a search; a URL change has already set both sides equal.
    if (settled.trim() !== (value ?? '')) onSearch(settled.trim());
  }, [settled]);

  return (
    <Input.Search
      allowClear
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(typed) => {
        setText(typed);
        if (typed.trim() !== (value ?? '')) onSearch(typed.trim());
      }}
      placeholder={placeholder}
      aria-label={label}
      data-testid={testId}
    />
  );
}
