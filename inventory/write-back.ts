/**
 * Bulk custom-field write-back, shared by NetBox and Nautobot: both take `PATCH <list endpoint>`
 * with a JSON list of `{id, custom_fields}` and apply it in one transaction, so one bad item
 * rolls back its whole batch. Both skip ids they do not know without a word, so an id missing
 * from the answer is a failure too. A rejected batch is retried without the items the answer
 * names (NetBox 4.4+ lists them as `errors: [{id, errors}]`); when it names none (Nautobot,
 * older NetBox), the batch is halved until each bad item stands alone.
 */
import { describeBody, type InventoryHttp } from './http.ts';
import { InventoryError } from './types.ts';

export interface WriteBackResult {
  updated: number;
  failed: number;
  errors: { sourceId: string; message: string }[];
}

interface Item {
  sourceId: string;
  payloadId: string | number;
  value: string;
}

export async function writeCustomFieldInBatches(
  http: InventoryHttp,
  product: string,
  field: string,
  updates: { sourceId: string; value: string }[],
  options: {
    batchSize: number;
    toPayloadId: (sourceId: string) => string | number | null;
    /** Resolves to why no device can take the field (it does not exist), or null. */
    checkField: () => Promise<string | null>;
  },
): Promise<WriteBackResult> {
  const result: WriteBackResult = { updated: 0, failed: 0, errors: [] };
  const fail = (sourceId: string, message: string) => {
    result.failed++;
    result.errors.push({ sourceId, message });
  };
  const url = new URL('api/dcim/devices/', http.baseUrl);

  const items: Item[] = [];
  for (const update of updates) {
    const payloadId = options.toPayloadId(update.sourceId);
    if (payloadId === null) fail(update.sourceId, `"${update.sourceId}" is not a ${product} device id`);
    else items.push({ ...update, payloadId });
  }

  if (items.length > 0) {
    let problem: string | null;
    try {
      problem = await options.checkField();
    } catch (error) {
      problem = error instanceof InventoryError ? error.message : String(error);
    }
    if (problem !== null) {
      for (const item of items) fail(item.sourceId, problem);
      return result;
    }
  }

  async function sendBatch(batch: Item[]): Promise<void> {
    if (batch.length === 0) return;
    let response;
    try {
      response = await http.sendWithRetries(
        'PATCH',
        url,
        batch.map((item) => ({ id: item.payloadId, custom_fields: { [field]: item.value } })),
      );
    } catch (error) {
      const message = error instanceof InventoryError ? error.message : String(error);
      for (const item of batch) fail(item.sourceId, message);
      return;
    }
    if (response.status >= 200 && response.status < 300) {
      const list = Array.isArray(response.body) ? response.body : (response.body as { results?: unknown })?.results;
      if (!Array.isArray(list)) {
        for (const item of batch) fail(item.sourceId, `${product} answered the update with something other than a device list`);
        return;
      }
      const written = new Set(list.map((device) => String((device as { id?: unknown }).id)));
      for (const item of batch) {
        if (written.has(String(item.payloadId))) result.updated++;
        else fail(item.sourceId, `device ${item.sourceId} does not exist in ${product}`);
      }
      return;
    }
    const itemErrors = perItemErrors(response.body);
    if (itemErrors.size > 0) {
      const rest: Item[] = [];
      for (const item of batch) {
        const message = itemErrors.get(String(item.payloadId));
        if (message) fail(item.sourceId, message);
        else rest.push(item);
      }
      if (rest.length < batch.length) return sendBatch(rest);
    }
    if (batch.length === 1) {
      fail(batch[0].sourceId, `${product} refused the value (HTTP ${response.status}): ${describeErrors(response.body)}`);
      return;
    }
    const middle = Math.ceil(batch.length / 2);
    await sendBatch(batch.slice(0, middle));
    await sendBatch(batch.slice(middle));
  }

  for (let start = 0; start < items.length; start += options.batchSize) {
    await sendBatch(items.slice(start, start + options.batchSize));
  }
  return result;
}

/** `{detail, errors: [{id, errors: {field: [messages]}}]}` → id → message. */
function perItemErrors(body: unknown): Map<string, string> {
  const map = new Map<string, string>();
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return map;
  for (const entry of errors) {
    const id = (entry as { id?: unknown })?.id;
    if (id === undefined || id === null) continue;
    map.set(String(id), describeErrors((entry as { errors?: unknown }).errors));
  }
  return map;
}

/** Django REST framework error bodies: `{"field": ["message"]}`, `["message"]` or `{"detail": "message"}`. */
function describeErrors(errors: unknown): string {
  if (typeof errors === 'string') return errors;
  if (Array.isArray(errors)) return errors.map(describeErrors).filter(Boolean).join('; ');
  if (errors && typeof errors === 'object') {
    if ('detail' in errors && typeof (errors as { detail: unknown }).detail === 'string') return (errors as { detail: string }).detail;
    return Object.entries(errors)
      .map(([key, value]) => (key === 'non_field_errors' || key === '__all__' ? describeErrors(value) : `${key}: ${describeErrors(value)}`))
      .join('; ');
  }
  return describeBody(errors);
}
