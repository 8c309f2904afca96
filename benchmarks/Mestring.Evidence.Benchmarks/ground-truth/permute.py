"""Randomisation check of one method's progression estimate on a seeded database: the stratified (provider x baseline x
age >= 50) difference against care as usual, and its SD when the method labels are permuted within the strata.
usage: permute.py DB.sqlite METHOD"""
import sqlite3,collections,datetime,statistics as st,random,sys
db=sys.argv[1]; meth=sys.argv[2]
c=sqlite3.connect(db)
D=lambda s: datetime.date.fromisoformat(s[:10])
ivs=c.execute("select Id,CitizenId,Start,End,Method,ProviderId from interventions where ServiceCode in (select ServiceCode from interventions where Method=?)",(meth,)).fetchall()
provs={r[5] for r in ivs if r[4]==meth}
rat=collections.defaultdict(list)
for cid,d,code,lvl in c.execute("select a.CitizenId,a.Date,ai.ConditionCode,ai.FunctionLevel from assessments a join assessment_items ai on ai.AssessmentId=a.Id"):
    rat[(cid,code)].append((D(d),lvl))
bycit=collections.defaultdict(list)
for (cid,code),l in rat.items():
    for d,lv in l: bycit[(cid,d)].append(code)
starts=collections.Counter()
for iid,cid,s,e,m,p in ivs:
    for code in bycit.get((cid,D(s)),[]): starts[code]+=1
cond=starts.most_common(1)[0][0]
bd={r[0]:D(r[1]) for r in c.execute("select Id,BirthDate from citizens")}
rows=[]
for iid,cid,s,e,m,p in ivs:
    if p not in provs: continue
    s=D(s); e=D(e) if e else None
    fe=s+datetime.timedelta(365)
    if e and e<fe: fe=e
    l=sorted(rat[(cid,cond)])
    before=[x for x in l if s-datetime.timedelta(14)<=x[0]<=s]
    after=[x for x in l if s+datetime.timedelta(90)<=x[0]<=fe]
    if not before or before[-1][1] is None or not after or after[-1][1] is None: continue
    age50=1 if s.year-bd[cid].year>=50 else 0
    rows.append([1 if m==meth else 0,(p,before[-1][1],age50),before[-1][1]-after[-1][1]])
def est(rows):
    g=collections.defaultdict(lambda: [[],[]])
    for t,k,y in rows: g[k][t].append(y)
    num=den=0
    for k,(c0,c1) in g.items():
        if c0 and c1:
            w=len(c0)*len(c1)/(len(c0)+len(c1)); num+=w*(st.mean(c1)-st.mean(c0)); den+=w
    return num/den
e0=est(rows)
rnd=random.Random(1); ts=[]
strata=collections.defaultdict(list)
for i,r in enumerate(rows): strata[r[1]].append(i)
for b in range(300):
    rr=[list(r) for r in rows]
    for k,idx in strata.items():
        lab=[rows[i][0] for i in idx]; rnd.shuffle(lab)
        for i,l in zip(idx,lab): rr[i][0]=l
    ts.append(est(rr))
print(meth, 'n',len(rows),'estimate',round(e0,4),'permutation SD',round(st.pstdev(ts),4))
