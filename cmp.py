import json,sys
pre=sys.argv[1]
o=json.load(open(f'{pre}_old.json')); n=json.load(open(f'{pre}_new.json'))
nd=0
for s in o:
    d={k:(o[s][k],n[s][k]) for k in o[s] if o[s][k]!=n[s][k]}
    if d:
        nd+=1
        print(repr(s))
        for k,(a,b) in d.items(): print(f"   {k}: {a}  ->  {b}")
print(f"# {pre}: {len(o)} inputs, {nd} differ", file=sys.stderr)
