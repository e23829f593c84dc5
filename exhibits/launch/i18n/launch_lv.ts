<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>LaunchExhibit</name>
    <message>
        <source>The buoy</source>
        <extracomment>The ball flies a little faster than real time, so no visitor waits long for it to land. How long a cleared level is celebrated before the next one appears.</extracomment>
        <translation>Boja</translation>
    </message>
    <message>
        <source>The cargo ship</source>
        <translation>Kravas kuģis</translation>
    </message>
    <message>
        <source>Behind the containers</source>
        <translation>Aiz konteineriem</translation>
    </message>
    <message>
        <source>From the lighthouse</source>
        <translation>No bākas</translation>
    </message>
    <message>
        <source>A sailing ship</source>
        <translation>Kuģis kustībā</translation>
    </message>
    <message>
        <source>Air resistance</source>
        <translation>Gaisa pretestība</translation>
    </message>
    <message>
        <source>Hit the buoy in the harbour!</source>
        <translation>Trāpi bojai ostā!</translation>
    </message>
    <message>
        <source>Reach the cargo ship far out at sea.</source>
        <translation>Aizsniedz kravas kuģi tālu jūrā.</translation>
    </message>
    <message>
        <source>Lob the ball over the containers onto the boat.</source>
        <translation>Pārmet bumbu pāri konteineriem uz laivu.</translation>
    </message>
    <message>
        <source>Shoot from the top of the lighthouse to the boat.</source>
        <translation>Šauj no bākas virsotnes uz laivu.</translation>
    </message>
    <message>
        <source>The ship sails to and fro: launch at the right moment!</source>
        <translation>Kuģis brauc šurp un turp: šauj īstajā brīdī!</translation>
    </message>
    <message>
        <source>Now the air slows the ball down. Fly over the crane!</source>
        <translation>Tagad gaiss bremzē bumbu. Pārlido pāri celtnim!</translation>
    </message>
    <message>
        <source>Hit the target!</source>
        <translation>Trāpi mērķī!</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>You cleared every level! Try them again with fewer shots.</source>
        <translation>Visi līmeņi pieveikti! Mēģini vēlreiz ar mazāk šāvieniem.</translation>
    </message>
    <message>
        <source>Watch it fly…</source>
        <translation>Skaties, kā lido…</translation>
    </message>
    <message>
        <source>Hit with the first shot! Perfect!</source>
        <translation>Trāpīts ar pirmo šāvienu! Izcili!</translation>
    </message>
    <message>
        <source>Hit! Level cleared. Shots used: {shots}.</source>
        <translation>Trāpīts! Līmenis pieveikts. Šāvieni: {shots}.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the crane. Try a steeper angle.</source>
        <translation>Bums! Bumba atsitās pret celtni. Mēģini stāvāku leņķi.</translation>
    </message>
    <message>
        <source>Bang! The ball hit the containers. Try a steeper angle.</source>
        <translation>Bums! Bumba atsitās pret konteineriem. Mēģini stāvāku leņķi.</translation>
    </message>
    <message>
        <source>Whoosh, out of the port! Less speed.</source>
        <translation>Vušš – ārpus ostas! Mazāk ātruma.</translation>
    </message>
    <message>
        <source>Splash! {distance} too short.</source>
        <translation>Plunkš! Par {distance} par īsu.</translation>
    </message>
    <message>
        <source>Splash! {distance} too far.</source>
        <translation>Plunkš! Par {distance} par tālu.</translation>
    </message>
    <message>
        <source>Launch!</source>
        <translation>Šauj!</translation>
    </message>
    <message>
        <source>Level {number} of {total}: {name}</source>
        <translation>{number}. līmenis no {total}: {name}</translation>
    </message>
    <message>
        <source>Shots: {shots}</source>
        <translation>Šāvieni: {shots}</translation>
    </message>
    <message>
        <source>Last shot: {distance} far, {height} high, {time} in the air</source>
        <translation>Pēdējais šāviens: {distance} tālu, {height} augstu, {time} gaisā</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Drag the arrow or use the sliders to aim.</source>
        <translation>Tēmē, velkot bultu vai slīdņus.</translation>
    </message>
    <message>
        <source>Flat ground, no air: v²·sin 2θ / g = {distance}</source>
        <translation>Uz līdzenas zemes bez gaisa: v²·sin 2θ / g = {distance}</translation>
    </message>
    <message>
        <source>Angle θ</source>
        <translation>Leņķis θ</translation>
    </message>
    <message>
        <source>Speed v</source>
        <translation>Ātrums v</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Hit!</source>
        <translation>Trāpīts!</translation>
    </message>
</context>
<context>
    <name>PortScene</name>
    <message>
        <source>m</source>
        <extracomment>Share of the height below the waterline (the sea and the distance ruler). Room left of the launcher (its dome, the quay, the height ruler), in pixels at the reference size. Room above the highest flight (the ball, the target&apos;s marker), in pixels at the reference size. The aim is drawn large in the free sky when that is at least this share of the scene (a tall screen). ... and the fastest aim would be drawn at least this long (pixels at the reference size). Seconds in which the camera goes most of the way to a new frame (a high ball, back to the level). Every n-th recorded point of a path becomes a dot of the trail. The aim drawn large in the sky (a tall screen): its foot, pixels per m/s, and the area a drag may start in.</extracomment>
        <translation>m</translation>
    </message>
    <message>
        <source>m/s</source>
        <translation>m/s</translation>
    </message>
    <message>
        <source>Highest point without air: v²·sin²θ / 2g = {height}</source>
        <translation>Augstākais punkts bez gaisa: v²·sin²θ / 2g = {height}</translation>
    </message>
</context>
</TS>
