/* eslint-disable @typescript-eslint/no-this-alias -- the fake API's nested getter objects (format.fill, notes) close over their owner */
/*
 * An in-memory Excel host: the subset of Office.js / the Excel JavaScript API that src/taskpane/excel/excel-port.ts
 * calls, with Office.js's batching rules — a loaded property can be read only after context.sync(), isNullObject
 * only after a sync. Served in place of office.js in the browser test; required directly by the jest adapter tests.
 *
 * FakeExcel.install(workbookJson) sets globalThis.Office and globalThis.Excel over a workbook given as
 * { sheets: [{ name, cells: { "A1": { value, numberFormat?, fill?, fontColor?, bold? } } }] }.
 * FakeExcel.state() exposes the workbook for assertions (sheets, selection, settings, syncCount).
 *
 * Older hosts: `excelApi: "1.8"` in the workbook JSON makes Office.context.requirements.isSetSupported('ExcelApi', v)
 * false above 1.8, and every API of a later set (conditional formats 1.6, getRangeByIndexes and setXAxisValues 1.7,
 * getRanges 1.9, notes 1.18) throws an ApiNotFound error when called, as Excel rejects it. `officeTheme` sets
 * Office.context.officeTheme (bodyBackgroundColor, bodyForegroundColor, …); absent, officeTheme is undefined.
 * `failNext: [{ code, message }]` makes the next syncs fail with OfficeExtension.Error-like errors (code, message).
 */
(function (root) {
  'use strict';

  function colIndex(letters) {
    let n = 0;
    for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
  }
  function colLetter(index) {
    let s = '';
    let n = index;
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  }
  /** "B3" → {r: 2, c: 1} (0-based). */
  function parseCell(a) {
    const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a.trim());
    if (!m) throw new Error('InvalidArgument: bad cell address ' + a);
    return { r: Number(m[2]) - 1, c: colIndex(m[1]) - 1 };
  }
  /** "A1:C4" or "B2" → {r, c, rows, cols}. */
  function parseArea(a) {
    const bare = a.includes('!') ? a.slice(a.indexOf('!') + 1) : a;
    const [p, q] = bare.split(':');
    const s = parseCell(p);
    const e = q ? parseCell(q) : s;
    return { r: Math.min(s.r, e.r), c: Math.min(s.c, e.c), rows: Math.abs(e.r - s.r) + 1, cols: Math.abs(e.c - s.c) + 1 };
  }
  function key(r, c) {
    return colLetter(c + 1) + (r + 1);
  }

  function createHost(data) {
    const maxApi = String((data && data.excelApi) || '99.0');
    /** Whether ExcelApi `version` is within this host's (e.g. '1.9' ≤ '1.18'). */
    const supports = (version) => {
      const [a, b] = String(version).split('.').map(Number);
      const [x, y] = maxApi.split('.').map(Number);
      return a < x || (a === x && (b || 0) <= (y || 0));
    };
    class OfficeError extends Error {
      constructor(code, message) {
        super(message);
        this.name = 'RichApi.Error';
        this.code = code;
        this.debugInfo = { code, message };
      }
    }
    /** Throws as Excel does for an API beyond the host's ExcelApi version. */
    const need = (version, what) => {
      if (!supports(version)) throw new OfficeError('ApiNotFound', `The API you are trying to use could not be found (${what}, ExcelApi ${version}).`);
    };
    const failures = ((data && data.failNext) || []).slice();
    const book = {
      sheets: [],
      settings: new Map(),
      // custom XML parts saved with the file: { id, namespace, xml }
      xmlParts: [],
      // full recalculations asked for (workbook.application.calculate)
      calculations: [],
      selection: null,
      active: null,
      syncCount: 0,
      nextId: 1,
      requests: [],
      // requirement sets this host lacks, e.g. ['ExcelApi 1.8'] (isSetSupported answers false for them)
      unsupported: (data && data.unsupported) || [],
    };
    function newSheet(name) {
      const s = { name, cells: new Map(), cfs: [], notes: new Map(), charts: [], tables: [], validations: [], columnWidths: {}, frozenRows: 0, pageLayout: {}, visibility: 'Visible' };
      book.sheets.push(s);
      return s;
    }
    for (const s of (data && data.sheets) || []) {
      const sh = newSheet(s.name);
      for (const [addr, cell] of Object.entries(s.cells || {})) sh.cells.set(addr.toUpperCase(), Object.assign({}, cell));
      for (const cf of s.conditionalFormats || []) sh.cfs.push(Object.assign({ id: String(book.nextId++) }, cf));
      for (const [addr, text] of Object.entries(s.notes || {})) sh.notes.set(addr.toUpperCase(), text);
    }
    // workbook settings saved with the file (Office.context.document.settings), as JSON values by key
    for (const [k, v] of Object.entries((data && data.settings) || {})) book.settings.set(k, JSON.stringify(v));
    for (const p of (data && data.xmlParts) || []) book.xmlParts.push({ id: String(book.nextId++), namespace: p.namespace, xml: p.xml });
    book.active = book.sheets[0] ? book.sheets[0].name : null;
    const findSheet = (name) => book.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase());
    const cell = (sh, addr) => {
      let c = sh.cells.get(addr);
      if (!c) {
        c = { value: '' };
        sh.cells.set(addr, c);
      }
      return c;
    };

    /** Proxy objects: properties loaded by load() become readable after the next sync. */
    class ClientObject {
      constructor(ctx) {
        this._ctx = ctx;
        this._loaded = new Set();
        this._pending = new Set();
        this._synced = false;
        ctx._objects.push(this);
      }
      load(props) {
        const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : Object.keys(props || {});
        for (const p of list) this._pending.add(p.trim().split('/')[0]);
        return this;
      }
      _afterSync() {
        for (const p of this._pending) this._loaded.add(p);
        this._pending.clear();
        this._synced = true;
      }
      _need(p) {
        if (!this._loaded.has(p)) throw new Error(`PropertyNotLoaded: ${p} was not loaded (call load and sync first)`);
      }
      get isNullObject() {
        if (!this._synced) throw new Error('PropertyNotLoaded: isNullObject before sync');
        return this._isNull === true;
      }
    }

    class Range extends ClientObject {
      constructor(ctx, sheet, area) {
        super(ctx);
        this._sheet = sheet;
        this._area = area;
        const self = this;
        this.format = {
          fill: {
            get color() {
              return self._first().fill || '#FFFFFF';
            },
            set color(v) {
              self._each((c) => (c.fill = v));
            },
            clear() {
              self._each((c) => delete c.fill);
            },
          },
          set columnWidth(v) {
            for (let c = 0; c < self._area.cols; c++) self._sheet.columnWidths[colLetter(self._area.c + c + 1)] = v;
          },
          font: {
            set bold(v) {
              self._each((c) => (c.bold = v));
            },
            set name(v) {
              self._each((c) => (c.fontName = v));
            },
            set size(v) {
              self._each((c) => (c.fontSize = v));
            },
            set color(v) {
              self._each((c) => (c.fontColor = v));
            },
          },
        };
      }
      get conditionalFormats() {
        need('1.6', 'Range.conditionalFormats');
        return (this._cfs = this._cfs || new ConditionalFormats(this._ctx, this._sheet, [this._area]));
      }
      get dataValidation() {
        const sh = this._sheet;
        const address = this._addressText();
        const find = () => {
          let v = sh.validations.find((x) => x.address === address);
          if (!v) sh.validations.push((v = { address }));
          return v;
        };
        return {
          clear: () => {
            sh.validations = sh.validations.filter((x) => x.address !== address);
          },
          set rule(r) { find().rule = r; },
          set prompt(p) { find().prompt = p; },
          set errorAlert(e) { find().errorAlert = e; },
        };
      }
      _first() {
        return cell(this._sheet, key(this._area.r, this._area.c));
      }
      _each(fn) {
        const a = this._area;
        for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.cols; c++) fn(cell(this._sheet, key(a.r + r, a.c + c)));
      }
      _matrix(field) {
        const a = this._area;
        const out = [];
        for (let r = 0; r < a.rows; r++) {
          const row = [];
          for (let c = 0; c < a.cols; c++) {
            const v = this._sheet.cells.get(key(a.r + r, a.c + c));
            row.push(v && v[field] !== undefined ? v[field] : field === 'numberFormat' ? 'General' : '');
          }
          out.push(row);
        }
        return out;
      }
      _set(field, m) {
        const a = this._area;
        if (m.length !== a.rows || m.some((row) => row.length !== a.cols)) throw new Error('InvalidArgument: matrix size does not match the range');
        for (let r = 0; r < a.rows; r++) for (let c = 0; c < a.cols; c++) cell(this._sheet, key(a.r + r, a.c + c))[field] = m[r][c];
      }
      _afterSync() {
        if (this._pending.has('values')) this._values = this._matrix('value');
        super._afterSync();
      }
      get values() {
        this._need('values');
        return this._values;
      }
      set values(m) {
        this._set('value', m);
      }
      set numberFormat(m) {
        this._set('numberFormat', m);
      }
      get rowIndex() {
        this._need('rowIndex');
        return this._area.r;
      }
      get columnIndex() {
        this._need('columnIndex');
        return this._area.c;
      }
      get rowCount() {
        this._need('rowCount');
        return this._area.rows;
      }
      get columnCount() {
        this._need('columnCount');
        return this._area.cols;
      }
      get address() {
        this._need('address');
        const a = this._area;
        return `${this._sheet.name}!${key(a.r, a.c)}:${key(a.r + a.rows - 1, a.c + a.cols - 1)}`;
      }
      getRow(i) {
        const a = this._area;
        return new Range(this._ctx, this._sheet, { r: a.r + i, c: a.c, rows: 1, cols: a.cols });
      }
      _addressText() {
        const a = this._area;
        return a.rows === 1 && a.cols === 1 ? key(a.r, a.c) : `${key(a.r, a.c)}:${key(a.r + a.rows - 1, a.c + a.cols - 1)}`;
      }
      select() {
        const a = this._area;
        book.active = this._sheet.name;
        book.selection = { sheet: this._sheet.name, address: a.rows === 1 && a.cols === 1 ? key(a.r, a.c) : `${key(a.r, a.c)}:${key(a.r + a.rows - 1, a.c + a.cols - 1)}` };
      }
      clear(what) {
        const a = this._area;
        for (const [addr, c] of this._sheet.cells) {
          const p = parseCell(addr);
          if (p.r < a.r || p.r >= a.r + a.rows || p.c < a.c || p.c >= a.c + a.cols) continue;
          if (what === 'Contents' || what === 'All' || what === undefined) c.value = '';
          if (what === 'Formats' || what === 'All' || what === undefined) {
            delete c.fill;
            delete c.fontColor;
            delete c.bold;
            delete c.numberFormat;
          }
        }
      }
    }

    class RangeAreas extends ClientObject {
      constructor(ctx, sheet, areas) {
        super(ctx);
        this._sheet = sheet;
        this._areas = areas;
      }
      get conditionalFormats() {
        need('1.9', 'RangeAreas.conditionalFormats');
        return (this._cfs = this._cfs || new ConditionalFormats(this._ctx, this._sheet, this._areas));
      }
    }

    function intersects(a, b) {
      return a.r < b.r + b.rows && b.r < a.r + a.rows && a.c < b.c + b.cols && b.c < a.c + a.cols;
    }

    class ConditionalFormat extends ClientObject {
      constructor(ctx, sheet, cf) {
        super(ctx);
        this._sheetModel = sheet;
        this._cf = cf;
        const self = this;
        const ruleProxy = {
          load() {
            ctx._objects.push({ _afterSync() {} });
            return ruleProxy;
          },
          get formula() {
            return cf.formula;
          },
          set formula(v) {
            cf.formula = v;
          },
        };
        this.custom = { rule: ruleProxy, format: { fill: { set color(v) { cf.fill = v; }, get color() { return cf.fill; } }, font: {} } };
        this.customOrNullObject = Object.assign(new ClientObject(ctx), { rule: ruleProxy });
        Object.defineProperty(this.customOrNullObject, '_isNull', { get: () => self._cf.type !== 'Custom' });
      }
      get type() {
        this._need('type');
        return this._cf.type;
      }
      delete() {
        const list = this._sheetModel.cfs;
        const i = list.indexOf(this._cf);
        if (i >= 0) list.splice(i, 1);
      }
    }

    class ConditionalFormats extends ClientObject {
      constructor(ctx, sheet, areas) {
        super(ctx);
        this._sheet = sheet;
        this._areas = areas;
      }
      add(type) {
        const cf = { id: String(book.nextId++), type, areas: this._areas.map((a) => Object.assign({}, a)), formula: '', fill: undefined };
        this._sheet.cfs.push(cf);
        return new ConditionalFormat(this._ctx, this._sheet, cf);
      }
      _afterSync() {
        if (this._pending.has('items')) {
          this._items = this._sheet.cfs
            .filter((cf) => cf.areas.some((a) => this._areas.some((b) => intersects(a, b))))
            .map((cf) => {
              const f = new ConditionalFormat(this._ctx, this._sheet, cf);
              f._loaded.add('type');
              f._synced = true;
              return f;
            });
        }
        super._afterSync();
      }
      get items() {
        this._need('items');
        return this._items;
      }
    }

    class Note extends ClientObject {
      constructor(ctx, sheet, addr) {
        super(ctx);
        this._sheet = sheet;
        this._addr = addr;
      }
      _afterSync() {
        this._isNull = !this._sheet || !this._sheet.notes.has(this._addr);
        if (this._pending.has('content')) this._content = this._isNull ? undefined : this._sheet.notes.get(this._addr);
        super._afterSync();
      }
      get content() {
        this._need('content');
        return this._content;
      }
      delete() {
        this._sheet.notes.delete(this._addr);
      }
    }

    class Worksheet extends ClientObject {
      constructor(ctx, name, orNull) {
        super(ctx);
        this._name = name;
        this._orNull = orNull;
        const self = this;
        this._notes = {
          getItemOrNullObject(addr) {
            return new Note(ctx, self._model(), parseCell(addr) && addr.toUpperCase());
          },
          add(addr, content) {
            const sh = self._model();
            const a = String(addr).toUpperCase();
            if (sh.notes.has(a)) throw new Error('InvalidArgument: the cell already has a note');
            sh.notes.set(a, content);
          },
        };
      }
      get notes() {
        need('1.18', 'Worksheet.notes');
        return this._notes;
      }
      get tables() {
        const ctx = this._ctx;
        const sh = this._model();
        const wrap = (t) => ({
          get name() { return t.name; },
          set showBandedRows(v) { t.showBandedRows = v; },
          convertToRange: () => sh.tables.splice(sh.tables.indexOf(t), 1),
        });
        const coll = new ClientObject(ctx);
        coll._afterSync = function () {
          if (this._pending.has('items')) this._items = sh.tables.map(wrap);
          ClientObject.prototype._afterSync.call(this);
        };
        Object.defineProperty(coll, 'items', { get() { this._need('items'); return this._items; } });
        coll.add = (address, hasHeaders) => {
          const area = parseArea(String(address).replace(/^.*!/, ''));
          for (const other of book.sheets) for (const t of other.tables) if (other === sh && intersects(parseArea(t.address), area)) throw new Error('InvalidArgument: a table cannot overlap another table');
          const t = { name: `Table${book.nextId++}`, address: String(address).replace(/^.*!/, ''), hasHeaders };
          sh.tables.push(t);
          return wrap(t);
        };
        return coll;
      }
      get freezePanes() {
        const sh = this._model();
        return { freezeRows: (n) => (sh.frozenRows = n) };
      }
      get pageLayout() {
        const sh = this._model();
        return {
          set orientation(v) { sh.pageLayout.orientation = v; },
          set zoom(z) { sh.pageLayout.zoom = z; },
          setPrintTitleRows: (rows) => (sh.pageLayout.printTitleRows = rows),
        };
      }
      set visibility(v) {
        this._model().visibility = v;
      }
      get charts() {
        const ctx = this._ctx;
        const sh = this._model();
        const wrap = (chart) => ({
          series: { getItemAt: () => ({ setXAxisValues: (r) => {
            need('1.7', 'ChartSeries.setXAxisValues');
            chart.categories = r._addressText();
          } }) },
          legend: { set visible(v) { chart.legend = v; } },
          title: { set text(v) { chart.title = v; } },
          setPosition: (a, b) => (chart.position = `${a}:${b}`),
          delete: () => sh.charts.splice(sh.charts.indexOf(chart), 1),
        });
        const coll = new ClientObject(ctx);
        coll._afterSync = function () {
          if (this._pending.has('items')) this._items = sh.charts.map(wrap);
          ClientObject.prototype._afterSync.call(this);
        };
        Object.defineProperty(coll, 'items', { get() { this._need('items'); return this._items; } });
        coll.add = (type, range, seriesBy) => {
          const chart = { type, source: range._addressText(), seriesBy };
          sh.charts.push(chart);
          return wrap(chart);
        };
        return coll;
      }
      _model() {
        const s = findSheet(this._name);
        if (!s && !this._orNull) throw new Error(`ItemNotFound: worksheet ${this._name}`);
        return s;
      }
      _afterSync() {
        this._isNull = !findSheet(this._name);
        super._afterSync();
      }
      get name() {
        this._need('name');
        return this._model().name;
      }
      activate() {
        book.active = this._model().name;
      }
      getRange(address) {
        const sh = this._model();
        if (!address) return new Range(this._ctx, sh, { r: 0, c: 0, rows: 1048576, cols: 16384 });
        return new Range(this._ctx, sh, parseArea(address));
      }
      getRanges(addresses) {
        need('1.9', 'Worksheet.getRanges');
        const sh = this._model();
        return new RangeAreas(this._ctx, sh, String(addresses).split(',').map(parseArea));
      }
      getRangeByIndexes(r, c, rows, cols) {
        need('1.7', 'Worksheet.getRangeByIndexes');
        return new Range(this._ctx, this._model(), { r, c, rows, cols });
      }
      getUsedRangeOrNullObject(valuesOnly) {
        const sh = this._model();
        let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
        if (sh) {
          for (const [addr, v] of sh.cells) {
            const hasValue = v.value !== '' && v.value !== null && v.value !== undefined;
            if (valuesOnly ? !hasValue : !hasValue && !v.fill && !v.bold && !v.fontColor) continue;
            const p = parseCell(addr);
            r0 = Math.min(r0, p.r);
            c0 = Math.min(c0, p.c);
            r1 = Math.max(r1, p.r);
            c1 = Math.max(c1, p.c);
          }
        }
        const range = new Range(this._ctx, sh || { name: this._name, cells: new Map(), cfs: [], notes: new Map() }, r1 < 0 ? { r: 0, c: 0, rows: 1, cols: 1 } : { r: r0, c: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
        range._isNull = !sh || r1 < 0;
        return range;
      }
    }

    class Worksheets extends ClientObject {
      _afterSync() {
        if (this._pending.has('items')) {
          this._items = book.sheets.map((s) => {
            const w = new Worksheet(this._ctx, s.name, false);
            w._loaded.add('name');
            w._synced = true;
            return w;
          });
        }
        super._afterSync();
      }
      get items() {
        this._need('items');
        return this._items;
      }
      getItem(name) {
        return new Worksheet(this._ctx, name, false);
      }
      getItemOrNullObject(name) {
        return new Worksheet(this._ctx, name, true);
      }
      getActiveWorksheet() {
        return new Worksheet(this._ctx, book.active, false);
      }
      add(name) {
        if (findSheet(name)) throw new Error('ItemAlreadyExists: ' + name);
        newSheet(name);
        return new Worksheet(this._ctx, name, false);
      }
    }

    class Setting extends ClientObject {
      constructor(ctx, k) {
        super(ctx);
        this._key = k;
      }
      _afterSync() {
        this._isNull = !book.settings.has(this._key);
        if (this._pending.has('value')) this._value = this._isNull ? undefined : JSON.parse(book.settings.get(this._key));
        super._afterSync();
      }
      get value() {
        this._need('value');
        return this._value;
      }
      delete() {
        book.settings.delete(this._key);
      }
    }

    /** A custom XML part (ExcelApi 1.5): getXml() and delete(). */
    class CustomXmlPart extends ClientObject {
      constructor(ctx, part) {
        super(ctx);
        this._part = part;
        this.id = part.id;
        this.namespaceUri = part.namespace;
      }
      getXml() {
        const part = this._part;
        const result = { value: undefined };
        this._ctx._objects.push({ _afterSync: () => (result.value = part.xml) });
        return result;
      }
      delete() {
        book.xmlParts = book.xmlParts.filter((p) => p !== this._part);
      }
    }

    class CustomXmlPartScopedCollection extends ClientObject {
      constructor(ctx, namespace) {
        super(ctx);
        this._ns = namespace;
      }
      _afterSync() {
        if (this._pending.has('items')) this._items = book.xmlParts.filter((p) => p.namespace === this._ns).map((p) => new CustomXmlPart(this._ctx, p));
        super._afterSync();
      }
      get items() {
        this._need('items');
        return this._items;
      }
    }

    class RequestContext {
      constructor() {
        this._objects = [];
        const ctx = this;
        this.workbook = {
          worksheets: new Worksheets(ctx),
          settings: {
            getItemOrNullObject: (k) => new Setting(ctx, k),
            add: (k, v) => {
              book.settings.set(k, JSON.stringify(v));
              return new Setting(ctx, k);
            },
          },
          application: {
            calculate: (type) => {
              book.calculations.push(type);
            },
          },
          get customXmlParts() {
            need('1.5', 'Workbook.customXmlParts');
            return xmlParts;
          },
        };
        const xmlParts = {
          getByNamespace: (ns) => new CustomXmlPartScopedCollection(ctx, ns),
          add: (xml) => {
            const m = /xmlns="([^"]*)"/.exec(xml);
            const part = { id: String(book.nextId++), namespace: m ? m[1] : '', xml };
            book.xmlParts.push(part);
            return new CustomXmlPart(ctx, part);
          },
        };
      }
      async sync() {
        book.syncCount++;
        const failure = failures.shift();
        if (failure) {
          this._objects = [];
          throw new OfficeError(failure.code, failure.message || failure.code);
        }
        const objs = this._objects;
        this._objects = [];
        for (const o of objs) o._afterSync();
        // Objects stay usable after sync; keep tracking them for later loads.
        this._objects = objs.filter((o) => o instanceof ClientObject).concat(this._objects);
      }
    }

    const Excel = {
      CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
      run: async (batch) => {
        const ctx = new RequestContext();
        const result = await batch(ctx);
        await ctx.sync();
        return result;
      },
      RequestContext,
    };
    const Office = {
      onReady: (cb) => {
        const info = { host: 'Excel', platform: 'OfficeOnline' };
        const p = Promise.resolve(info);
        if (cb) setTimeout(() => cb(info), 0);
        return p;
      },
      context: {
        requirements: { isSetSupported: (name, version) => !book.unsupported.includes(`${name} ${version}`) && (name === 'ExcelApi' ? supports(version || '1.1') : true) },
        officeTheme: data && data.officeTheme ? Object.assign({}, data.officeTheme) : undefined,
        diagnostics: { host: 'Excel', platform: 'OfficeOnline' } },
      actions: { associate: () => undefined },
      HostType: { Excel: 'Excel' },
    };
    const CustomFunctions = {
      associate: () => undefined,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      Error: class extends Error {
        constructor(code, message) {
          super(message);
          this.code = code;
        }
      },
    };
    const OfficeExtension = { Error: OfficeError, ErrorCodes: { apiNotFound: 'ApiNotFound', invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode' } };
    return { Excel, Office, OfficeExtension, CustomFunctions, book, findSheet };
  }

  let current = null;
  const FakeExcel = {
    createHost,
    install(data) {
      current = createHost(data);
      root.Excel = current.Excel;
      root.Office = current.Office;
      root.OfficeExtension = current.OfficeExtension;
      root.CustomFunctions = current.CustomFunctions;
      return current;
    },
    /** Plain-data view of the workbook for assertions. */
    snapshot() {
      const b = current.book;
      return {
        active: b.active,
        selection: b.selection,
        syncCount: b.syncCount,
        settings: Object.fromEntries([...b.settings].map(([k, v]) => [k, JSON.parse(v)])),
        xmlParts: b.xmlParts.map((p) => ({ namespace: p.namespace, xml: p.xml })),
        calculations: [...b.calculations],
        sheets: b.sheets.map((s) => ({
          name: s.name,
          cells: Object.fromEntries([...s.cells].filter(([, c]) => c.value !== '' || c.fill || c.fontColor || c.bold).map(([a, c]) => [a, Object.assign({}, c)])),
          conditionalFormats: s.cfs.map((cf) => Object.assign({}, cf)),
          notes: Object.fromEntries(s.notes),
          charts: s.charts.map((c) => Object.assign({}, c)),
          tables: s.tables.map((t) => Object.assign({}, t)),
          validations: s.validations.map((v) => Object.assign({}, v)),
          columnWidths: Object.assign({}, s.columnWidths),
          frozenRows: s.frozenRows,
          pageLayout: Object.assign({}, s.pageLayout),
          visibility: s.visibility,
        })),
      };
    },
    /** A user's edit: sets one cell's value. */
    setValue(sheet, address, value) {
      const sh = current.findSheet(sheet);
      if (!sh) throw new Error('no sheet ' + sheet);
      const a = address.toUpperCase();
      sh.cells.set(a, Object.assign(sh.cells.get(a) || {}, { value }));
    },
    colLetter,
  };
  root.FakeExcel = FakeExcel;
  if (typeof module !== 'undefined' && module.exports) module.exports = FakeExcel;
})(typeof globalThis !== 'undefined' ? globalThis : this);
