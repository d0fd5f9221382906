#!/usr/bin/env python3
"""Condenses operations of a public AWS service model (botocore's copy) into the form of shared/spec/*.md,
with each operation's and member's documentation as plain text. Usage: condense.py SERVICE VERSION OP..."""
import botocore, gzip, html, json, os, re, sys

def load(service, version):
    d = os.path.join(os.path.dirname(botocore.__file__), 'data', service, version)
    name = [f for f in os.listdir(d) if f.startswith('service-2')][0]
    raw = open(os.path.join(d, name), 'rb').read()
    return json.loads(gzip.decompress(raw) if name.endswith('.gz') else raw)

def text(doc):
    doc = re.sub(r'<[^>]+>', ' ', doc or '')
    return re.sub(r'\s+', ' ', html.unescape(doc)).strip()

def constraints(shape):
    parts = ['type=' + shape['type']]
    for key in ('min', 'max', 'pattern', 'enum'):
        if key in shape:
            parts.append('%s=%s' % (key, shape[key]))
    return ', '.join(parts)

def members(model, shape_name, indent, seen, out):
    shape = model['shapes'][shape_name]
    required = set(shape.get('required', []))
    for name, member in shape.get('members', {}).items():
        target = model['shapes'][member['shape']]
        where = member.get('location', 'body')
        wire = member.get('locationName')
        loc = where + (':' + wire if wire and wire != name else '')
        flag = ' (REQUIRED)' if name in required else ''
        out.append('%s- %s%s [%s] %s: %s' % (indent, name, flag, loc, member['shape'], constraints(target)))
        doc = text(member.get('documentation'))
        if doc:
            out.append('%s  doc: %s' % (indent, doc))
        nested(model, member['shape'], indent + '  ', seen, out)

def nested(model, shape_name, indent, seen, out):
    shape = model['shapes'][shape_name]
    if shape_name in seen:
        return
    if shape['type'] == 'structure':
        members(model, shape_name, indent, seen | {shape_name}, out)
    elif shape['type'] == 'list':
        inner = shape['member']['shape']
        out.append('%slist of %s: %s' % (indent, inner, constraints(model['shapes'][inner])))
        nested(model, inner, indent + '  ', seen | {shape_name}, out)
    elif shape['type'] == 'map':
        for side in ('key', 'value'):
            inner = shape[side]['shape']
            out.append('%s%s %s: %s' % (indent, side, inner, constraints(model['shapes'][inner])))

def main():
    service, version, ops = sys.argv[1], sys.argv[2], sys.argv[3:]
    model = load(service, version)
    meta = model['metadata']
    out = ['# %s protocol=%s target=%s apiVersion=%s (condensed from the public model; not a build input)'
           % (service, meta['protocol'], meta.get('targetPrefix', '-'), meta['apiVersion']), '']
    errors = set()
    for name in ops:
        op = model['operations'][name]
        http = op['http']
        out.append('## %s  %s %s -> %s' % (name, http['method'], http['requestUri'], http.get('responseCode', 200)))
        out.append('doc: ' + text(op.get('documentation')))
        for side in ('input', 'output'):
            if side in op:
                out.append('%s %s:' % (side, op[side]['shape']))
                members(model, op[side]['shape'], '  ', set(), out)
        errs = [e['shape'] for e in op.get('errors', [])]
        errors.update(errs)
        out.append('errors: ' + ', '.join(errs))
        out.append('')
    out.append('## error shapes')
    for name in sorted(errors):
        shape = model['shapes'][name]
        err = shape.get('error', {})
        out.append('- %s: http=%s code=%s members=%s' % (name, err.get('httpStatusCode'), err.get('code', name),
                                                        list(shape.get('members', {}))))
        doc = text(shape.get('documentation'))
        if doc:
            out.append('  doc: ' + doc)
    print('\n'.join(out))

main()
