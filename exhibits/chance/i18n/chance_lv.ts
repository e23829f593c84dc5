<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>ChanceExhibit</name>
    <message>
        <source>Galton board</source>
        <extracomment>How far above and below the predicted average the running-average plot reaches, per mode.</extracomment>
        <translation>Galtona dēlis</translation>
    </message>
    <message>
        <source>One die</source>
        <translation>Viens kauliņš</translation>
    </message>
    <message>
        <source>Two dice</source>
        <translation>Divi kauliņi</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Sākt no jauna</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Mēģinājumi</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Vidējais</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>kas notika</translation>
    </message>
    <message>
        <source>what chance predicts</source>
        <translation>ko paredz varbūtība</translation>
    </message>
    <message>
        <source>bell curve</source>
        <translation>zvanveida līkne</translation>
    </message>
    <message>
        <source>your guess</source>
        <translation>tavs minējums</translation>
    </message>
    <message>
        <source>Drop {balls} balls through the pegs. Where do most of them land?</source>
        <translation>Iemet {balls} bumbiņas starp tapām. Kur nonāk lielākā daļa?</translation>
    </message>
    <message>
        <source>Roll at least {rolls} times until the average stays within {tolerance} of {expected}.</source>
        <translation>Met vismaz {rolls} reizes, līdz vidējais atšķiras no {expected} ne vairāk kā par {tolerance}.</translation>
    </message>
    <message>
        <source>Which total of two dice comes up most often? Tap its bar to guess, then roll {rolls} times.</source>
        <translation>Kura divu kauliņu summa izkrīt visbiežāk? Pieskaries tās stabiņam, tad met {rolls} reizes.</translation>
    </message>
    <message>
        <source>Tap a number to drop that many balls.</source>
        <translation>Pieskaries skaitlim, lai iemestu tik daudz bumbiņu.</translation>
    </message>
    <message>
        <source>Balls so far: {count} of {goal}.</source>
        <translation>Bumbiņas: {count} no {goal}.</translation>
    </message>
    <message>
        <source>A tilted board moves the pile to one side, and the curve with it.</source>
        <translation>Sasvērts dēlis pārbīda kaudzi uz vienu pusi, un līkne pārvietojas līdzi.</translation>
    </message>
    <message>
        <source>Most balls land near the middle: many more paths lead there than to the edges. The more balls, the closer the pile is to the bell curve.</source>
        <translation>Lielākā daļa bumbiņu nonāk vidū: uz turieni ved daudz vairāk ceļu nekā uz malām. Jo vairāk bumbiņu, jo kaudze līdzīgāka zvanveida līknei.</translation>
    </message>
    <message>
        <source>Every face has the same chance. Tap a number to roll.</source>
        <translation>Katrai skaldnei ir vienāda iespēja. Pieskaries skaitlim, lai mestu.</translation>
    </message>
    <message>
        <source>Average so far: {mean}. Keep rolling!</source>
        <translation>Vidējais pagaidām: {mean}. Met vēl!</translation>
    </message>
    <message>
        <source>The average settled near {expected}: the more you roll, the closer it gets. This is the law of large numbers.</source>
        <translation>Vidējais nostabilizējās pie {expected}: jo vairāk met, jo tuvāk tas ir. Tas ir lielo skaitļu likums.</translation>
    </message>
    <message>
        <source>Tap the bar of the total you think will win.</source>
        <translation>Pieskaries tās summas stabiņam, kura, tavuprāt, uzvarēs.</translation>
    </message>
    <message>
        <source>First tap a bar to guess, then roll.</source>
        <translation>Vispirms pieskaries stabiņam, lai minētu, tad met.</translation>
    </message>
    <message>
        <source>Your guess: {total}. Rolls since then: {done} of {needed}.</source>
        <translation>Tavs minējums: {total}. Metieni kopš tā: {done} no {needed}.</translation>
    </message>
    <message>
        <source>7 comes up most often: six pairs make 7 (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), only one pair makes 2 or 12.</source>
        <translation>Visbiežāk izkrīt 7: summu 7 dod sešus pārus (1+6, 2+5, 3+4, 4+3, 5+2, 6+1), bet 2 vai 12 – tikai viens pāris.</translation>
    </message>
    <message>
        <source>Drop balls:</source>
        <translation>Iemest bumbiņas:</translation>
    </message>
    <message>
        <source>Roll the dice:</source>
        <translation>Mest kauliņus:</translation>
    </message>
    <message>
        <source>{mean} (chance: {expected})</source>
        <translation>{mean} (gaidāms: {expected})</translation>
    </message>
    <message>
        <source>Average after each try</source>
        <translation>Vidējais pēc katra mēģinājuma</translation>
    </message>
    <message>
        <source>chance: {expected}</source>
        <translation>gaidāms: {expected}</translation>
    </message>
    <message>
        <source>Chance to bounce right</source>
        <translation>Iespēja atlēkt pa labi</translation>
    </message>
</context>
</TS>
