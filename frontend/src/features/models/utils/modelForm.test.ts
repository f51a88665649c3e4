import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { modelFormValues, modelInput, modelInputOf } from './modelForm';
import type { Model } from '../api/modelApi';

describe('model form values', () => {
  const model: Model = {
    code: 'LCU-DHTQ',
    name: 'Dòng họ tự quản',
    description: null,
    categoryCode: 'ETHNIC_RELIGIOUS',
    provinceCode: '12',
    communeCode: '03549',
    leadOrganisation: 'Công an tỉnh',
    startedOn: '2012-03-01',
    recognitionLevel: 'PROVINCE',
    recognizedOn: '2014-05-10',
    recognitionDecision: 'QĐ 512',
    status: 'DORMANT',
    statusReason: 'Cầm chừng',
    statusSince: '2022-03-10',
    version: 3,
  };

  it('round-trips a model through the form', () => {
    const values = modelFormValues(model);
    expect(values.startedOn?.format('DD/MM/YYYY')).toBe('01/03/2012');
    // What is sent is the model itself less its version; an empty description is sent as nothing.
    const sent: Partial<Model> = { ...model, description: undefined };
    delete sent.version;
    expect(modelInput(values)).toEqual(sent);
  });

  it('keeps a model as it is when only its status is replaced', () => {
    const sent: Partial<Model> = { ...model, description: undefined };
    delete sent.version;
    expect(modelInputOf({ ...model, code: 'lcu-dhtq' })).toEqual({ ...sent, code: 'lcu-dhtq' });
  });

  it('trims text, drops blanks, upper-cases the code and drops the reason of an active model', () => {
    const input = modelInput({
      code: ' mh-01 ',
      name: '  Camera an ninh ',
      description: '   ',
      categoryCode: 'TECH',
      provinceCode: '96',
      communeCode: '',
      startedOn: dayjs('2024-01-31'),
      status: 'ACTIVE',
      statusReason: 'left over',
    });
    expect(input).toMatchObject({
      code: 'MH-01',
      name: 'Camera an ninh',
      description: undefined,
      communeCode: undefined,
      startedOn: '2024-01-31',
      statusReason: undefined,
      recognitionLevel: undefined,
    });
    expect(
      modelInput({ name: 'x', categoryCode: 'A', provinceCode: '01', status: 'ACTIVE', code: '' }).code,
    ).toBeUndefined();
  });
});
